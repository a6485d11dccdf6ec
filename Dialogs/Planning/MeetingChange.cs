using CaseBot.BotFramework.Builder;
using CaseBot.Cases.CriticalCases;

namespace CaseBot.Dialogs.Planning;

/// <summary>Finds the case whose booked meeting the caller (its lead) wants to change, or says plainly why not.</summary>
internal static class MeetingChange
{
    public static async Task<(CriticalCase? Case, string? Problem)> FindAsync(ICaseRepository cases, ITurnContext context, string reference, CancellationToken ct)
    {
        var activity = context.Activity;
        var caller = activity.From?.AadObjectId ?? activity.From?.Id ?? string.Empty;
        var found = CaseReference.TryParse(reference, out var parsed)
            ? await cases.FindAsync(activity.GetTenantId() ?? string.Empty, parsed!, ct)
            : null;
        var problem = found is null ? Root.RootText.NoCaseFound
            : !found.IsLead(caller) ? PlanningText.OnlyLead
            : found.BookedMeeting is null ? CaseText.NoBookedMeeting
            : null;
        return (problem is null ? found : null, problem);
    }
}
