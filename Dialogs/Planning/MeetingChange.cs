using CaseBot.BotFramework.Builder;
using CaseBot.Cases.CriticalCases;
using CaseBot.Casework.Lookups;
using CaseBot.Dialogs.Root;

namespace CaseBot.Dialogs.Planning;

/// <summary>Finds the case whose booked meeting the caller (its lead) wants to change, or says plainly why not.</summary>
internal static class MeetingChange
{
    public static async Task<(CriticalCase? Case, string? Problem)> FindAsync(CaseLookups lookups, ITurnContext context, string reference, CancellationToken ct)
    {
        var led = await lookups.FindLedAsync(context.Activity.Caller(), reference, ct);
        var problem = !led.Found ? CaseText.NoCaseFound
            : !led.IsLead ? PlanningText.OnlyLead
            : led.Case!.BookedMeeting is null ? CaseText.NoBookedMeeting
            : null;
        return (problem is null ? led.Case : null, problem);
    }
}
