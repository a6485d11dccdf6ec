using System.Globalization;
using CaseBot.Cards.Actions;
using CaseBot.Cards.Meetings;
using CaseBot.Cards.Model;
using CaseBot.Cases.Actions;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Records;

namespace CaseBot.Cards.Records;

/// <summary>
/// The lead's form for a held meeting: its decisions (one per line) and up to <see cref="RecordFormInputs.MaxActionRows"/> agreed
/// actions, each with a description, an owner picked from the attendees known by Entra id (so they can tick it) and a due date.
/// "Save the record" is <see cref="CardVerbs.RecordSave"/> with <see cref="CaseCardData"/> (case id and meeting number).
/// </summary>
public static class MeetingRecordFormCard
{
    /// <param name="criticalCase">The case.</param>
    /// <param name="meeting">The booked meeting being recorded.</param>
    /// <param name="today">The organisation's date: the earliest due date offered.</param>
    /// <param name="actionRows">How many action rows (1 to <see cref="RecordFormInputs.MaxActionRows"/>).</param>
    /// <param name="values">What was typed before, shown again (e.g. beside an error).</param>
    /// <param name="notice">A line to show first, e.g. what to fix.</param>
    public static AdaptiveCard Build(
        CriticalCase criticalCase, CaseMeeting meeting, DateOnly today, int actionRows = RecordFormInputs.DefaultActionRows, RecordFormValues? values = null, CardNotice? notice = null)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentOutOfRangeException.ThrowIfLessThan(actionRows, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(actionRows, RecordFormInputs.MaxActionRows);
        values ??= RecordFormValues.Empty;
        var owners = meeting.AttendeeAadObjectIds
            .Select(id => (Id: id, Attendee: meeting.AttendeeWith(id)))
            .Where(o => o.Attendee is not null)
            .Select(o => new InputChoice(RecordCardText.Person(o.Attendee!.Role, o.Attendee.DisplayName), o.Id))
            .ToList();
        var title = RecordCardText.FormTitle(meeting.Plan.Type);
        var body = new List<CardElement>
        {
            new TextBlock(title) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(MeetingCardText.CaseLine(criticalCase.Reference, meeting.Plan.Type)) { IsSubtle = true, Spacing = Spacing.None },
            new TextInput
            {
                Id = RecordFormInputs.Decisions,
                Label = RecordCardText.DecisionsLabel,
                Placeholder = RecordCardText.DecisionsPlaceholder,
                IsMultiline = true,
                MaxLength = MeetingRecord.MaxDecisions * (MeetingRecord.MaxDecisionLength + 1),
                Value = values.Decisions,
            },
            new TextBlock(RecordCardText.FormHint) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Medium },
        };
        body.AddRange(Enumerable.Range(1, actionRows).Select(n => Row(n, owners, today, values.Rows.ElementAtOrDefault(n - 1))));
        return new AdaptiveCard
        {
            FallbackText = $"{title} ({criticalCase.Reference.Value})",
            Body = NoticeBlock.Prepend(notice, body),
            Actions =
            [
                new ExecuteAction(RecordCardText.Save, CardVerbs.RecordSave)
                {
                    Data = CardSerializer.Data(new CaseCardData(criticalCase.Id, meeting.Number)),
                    Style = ActionStyle.Positive,
                },
            ],
        };
    }

    private static Container Row(int number, IReadOnlyList<InputChoice> owners, DateOnly today, RecordFormRow? typed) => new()
    {
        Separator = true,
        Spacing = Spacing.Medium,
        Items =
        [
            new TextInput
            {
                Id = RecordFormInputs.ActionText(number),
                Label = RecordCardText.ActionLabel(number),
                Placeholder = RecordCardText.ActionPlaceholder,
                MaxLength = ActionItem.MaxDescriptionLength,
                Value = typed?.Text,
            },
            new ColumnSet
            {
                Columns =
                [
                    new Column
                    {
                        Width = "stretch",
                        Items =
                        [
                            new ChoiceSetInput
                            {
                                Id = RecordFormInputs.ActionOwner(number),
                                Label = RecordCardText.OwnerLabel,
                                Placeholder = RecordCardText.OwnerPlaceholder,
                                Style = ChoiceInputStyle.Compact,
                                Choices = owners,
                                Value = typed?.OwnerAadObjectId,
                            },
                        ],
                    },
                    new Column
                    {
                        Width = "stretch",
                        Items =
                        [
                            new DateInput
                            {
                                Id = RecordFormInputs.ActionDue(number),
                                Label = RecordCardText.DueLabel,
                                Min = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                                Value = typed?.Due,
                            },
                        ],
                    },
                ],
            },
        ],
    };
}
