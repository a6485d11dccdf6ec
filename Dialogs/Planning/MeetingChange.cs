using CaseBot.BotFramework.Builder;
using CaseBot.Cases.CriticalCases;
using CaseBot.Dialogs.Root;

namespace CaseBot.Dialogs.Planning;

/// <summary>Finds the case whose booked meeting the caller (its lead) wants to change, or says plainly why not.</summary>
internal static class MeetingChange
{
    public static async Task<(CriticalCase? Case, string? Problem)> FindAsync(ICaseRepository cases, ITurnContext context, string reference, CancellationToken ct)
    {
        var activity = context.Activity;
        var caller = activity.Caller();
        var found = CaseReference.TryParse(reference, out var parsed)
            ? await cases.FindAsync(caller.TenantId, parsed!, ct)
            : null;
        var problem = found is null ? CaseText.NoCaseFound
            : !found.IsLead(caller.AadObjectId) ? PlanningText.OnlyLead
            : found.BookedMeeting is null ? CaseText.NoBookedMeeting
            : null;
        return (problem is null ? found : null, problem);
    }
}
