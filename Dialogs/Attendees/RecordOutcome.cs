using CaseBot.Cards.Actions;
using CaseBot.Cases.Records;

namespace CaseBot.Dialogs.Attendees;

/// <summary>What a record click came to: the record to show (null: show no record), the line to show above it, and whether to show the form again instead.</summary>
internal sealed record RecordOutcome(MeetingRecord? Record, CardNotice Notice, bool ShowForm = false)
{
    public static RecordOutcome Refused(string text) => new(null, CardNotice.Refused(text));

    public static RecordOutcome FixForm(string problem) => new(null, CardNotice.Refused(problem), ShowForm: true);
}
