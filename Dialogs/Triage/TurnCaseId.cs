using System.Security.Cryptography;
using System.Text;
using CaseBot.BotFramework.Schema;

namespace CaseBot.Dialogs.Triage;

/// <summary>
/// The id of the case a turn opens, derived from the activity (tenant, conversation, activity id): a turn run again for the same
/// activity (Teams redelivered it, or another instance took it over after the first died between saving the case and saving the
/// conversation) opens the same case, so it can recognise its own earlier save instead of reporting a duplicate reference.
/// </summary>
internal static class TurnCaseId
{
    public static Guid For(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            return Guid.NewGuid();
        }

        var name = $"casebot-case/{activity.GetTenantId()}/{activity.Conversation.Id}/{activity.Id}";
        return new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 16));
    }
}
