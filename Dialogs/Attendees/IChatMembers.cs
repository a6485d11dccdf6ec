using CaseBot.BotFramework.Builder;

namespace CaseBot.Dialogs.Attendees;

/// <summary>Who is in the conversation a turn came from (Teams' roster), by Entra object id.</summary>
public interface IChatMembers
{
    /// <returns>Each member's Entra object id, or null for a member without one (e.g. a guest from another tenant's directory).</returns>
    Task<IReadOnlyList<string?>> AadObjectIdsAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
