namespace CaseBot.Bot.Delivery;

/// <summary>What CaseBot tells a case's lead when a message could not be delivered. Roles only, never names.</summary>
internal static class DeliveryText
{
    public static string NotInstalled(string caseReference, string? roleName)
        => $"CaseBot could not deliver a message for case {caseReference} to {(roleName is null ? "one of the attendees" : $"the attendee in the role {roleName}")}: "
            + "CaseBot is not installed for them in Teams. Please ask them to install CaseBot, so that the case's cards reach them.";

    public static string NotInChat(string caseReference)
        => $"CaseBot could not post a message for case {caseReference} in the case's group chat: CaseBot is not a member of that chat. "
            + "Please add CaseBot to the chat, or choose another way to share the case's cards.";
}
