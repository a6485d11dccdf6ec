using CaseBot.BotFramework.Schema;
using CaseBot.Cases.Booking;
using CaseBot.Cases.Meetings;
using CaseBot.DialogEngine;
using CaseBot.DialogEngine.Prompts;

namespace CaseBot.Dialogs.Planning;

/// <summary>Asking for the attendees, and finding the organiser in the directory.</summary>
public sealed partial class PlanningDialog
{
    private static Task<DialogTurnResult> AskAttendeeAsync(WaterfallStepContext step, Role role, bool optional, CancellationToken ct)
        => step.BeginDialogAsync(nameof(AttendeeDialog), BotJson.ToElement(new AttendeeRequest(role, optional, step.State<PlanningAnswers>().Taken())), ct);

    // Anything typed with an '@' is taken as an address, so that one CaseBot cannot invite is refused with the reason (below),
    // not with the general "pick or type an address".
    private static bool LooksLikeAddress(string typed) => typed.Contains('@', StringComparison.Ordinal);

    private static Task<bool> InvitableAddressAsync(PromptValidatorContext<PersonAnswer> prompt, CancellationToken ct)
    {
        var ok = prompt.Value.Email is not { } email || EmailAddresses.IsValid(email);
        prompt.RetryText = ok ? null : PlanningText.NotAnInvitableAddress;
        return Task.FromResult(ok);
    }

    private async Task<Person?> FindSelfAsync(string aadObjectId, CancellationToken ct)
    {
        try
        {
            return string.IsNullOrWhiteSpace(aadObjectId) ? null : await _directory.FindByIdAsync(aadObjectId, ct);
        }
        catch (MeetingCalendarException)
        {
            return null;
        }
    }
}
