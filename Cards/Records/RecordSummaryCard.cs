using CaseBot.Cards.Actions;
using CaseBot.Cards.Meetings;
using CaseBot.Cards.Model;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Records;

namespace CaseBot.Cards.Records;

/// <summary>
/// The record of a held meeting, sent to its attendees: decisions, agreed actions, who has confirmed it (by role), and "Confirm it
/// is accurate" (<see cref="CardVerbs.RecordConfirm"/>) or "Ask for a correction" (a box, then <see cref="CardVerbs.RecordCorrect"/>).
/// The base card refreshes (<see cref="CardVerbs.RecordRefresh"/>) into <see cref="ForViewer"/>: the viewer's own answer, and for the
/// lead the corrections asked for (others see only that a correction was asked).
/// </summary>
public static class RecordSummaryCard
{
    public static AdaptiveCard Build(CriticalCase criticalCase, MeetingRecord record, TimeZoneInfo zone, CardNotice? notice = null)
        => Compose(criticalCase, record, zone, null, notice);

    public static AdaptiveCard ForViewer(CriticalCase criticalCase, MeetingRecord record, TimeZoneInfo zone, string viewerAadObjectId, CardNotice? notice = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(viewerAadObjectId);
        return Compose(criticalCase, record, zone, viewerAadObjectId, notice);
    }

    private static AdaptiveCard Compose(CriticalCase criticalCase, MeetingRecord record, TimeZoneInfo zone, string? viewer, CardNotice? notice)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(zone);
        var meeting = criticalCase.Meetings.Single(m => m.Number == record.MeetingNumber);
        var data = CardSerializer.Data(new CaseCardData(criticalCase.Id, record.MeetingNumber));
        var title = RecordCardText.SummaryTitle(meeting.Plan.Type);
        var body = new List<CardElement>
        {
            new TextBlock(title) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock($"{MeetingCardText.CaseLine(criticalCase.Reference, meeting.Plan.Type)} · {CardDates.LongDay(meeting.Plan.Start, zone)}") { IsSubtle = true, Spacing = Spacing.None },
            new TextBlock($"**{RecordCardText.Decisions}**") { Spacing = Spacing.Medium },
            new TextBlock(record.Decisions.Count == 0 ? RecordCardText.NoDecisions : string.Join("\n", record.Decisions.Select(d => "- " + MarkdownText.Inline(d)))),
            new TextBlock($"**{RecordCardText.Actions}**") { Spacing = Spacing.Medium },
            new TextBlock(criticalCase.Actions.Count == 0 ? RecordCardText.NoActionsAgreed : string.Join("\n", criticalCase.Actions.Select(a =>
                $"- {MarkdownText.Inline(a.Description)} ({ActionListText.Owner(a.OwnerRole, criticalCase.OwnerOf(a)?.DisplayName, a.Due)})"))),
            new TextBlock($"**{RecordCardText.Confirmations}**") { Spacing = Spacing.Medium },
            new FactSet { Facts = [.. Answers(meeting, record, zone)] },
        };
        var latest = criticalCase.LatestRecord?.MeetingNumber == record.MeetingNumber;
        if (viewer is not null && criticalCase.IsLead(viewer))
        {
            body.AddRange(record.Responses.Where(r => !r.Accurate && r.Correction is not null)
                .Select(r => new TextBlock(RecordCardText.CorrectionBy(r.Role, r.Correction!)) { Color = TextColor.Attention }));
        }

        var mine = viewer is null ? null : record.Responses.FirstOrDefault(r => string.Equals(r.AadObjectId, viewer, StringComparison.OrdinalIgnoreCase));
        if (mine is not null)
        {
            body.Add(new TextBlock(mine.Accurate ? RecordCardText.YouConfirmed : RecordCardText.YouAskedCorrection) { Color = TextColor.Good, Spacing = Spacing.Medium });
        }

        if (!latest)
        {
            body.Add(new TextBlock(RecordCardText.Superseded) { IsSubtle = true, Spacing = Spacing.Medium });
        }

        var mayAnswer = latest && (viewer is null || meeting.AttendeeWith(viewer) is not null);
        return new AdaptiveCard
        {
            FallbackText = $"{title} ({criticalCase.Reference.Value})",
            Body = NoticeBlock.Prepend(notice, body),
            Actions = mayAnswer ? Buttons(data, mine) : null,
            Refresh = new CardRefresh { Action = new ExecuteAction(RecordCardText.Refresh, CardVerbs.RecordRefresh) { Data = data } },
        };
    }

    private static IEnumerable<Fact> Answers(CaseMeeting meeting, MeetingRecord record, TimeZoneInfo zone)
        => meeting.AttendeeAadObjectIds.Select(id => (Id: id, Attendee: meeting.AttendeeWith(id))).Where(p => p.Attendee is not null).Select(p =>
        {
            var answer = record.Responses.FirstOrDefault(r => string.Equals(r.AadObjectId, p.Id, StringComparison.OrdinalIgnoreCase));
            var state = answer is null ? RecordCardText.NotAnswered
                : $"{(answer.Accurate ? RecordCardText.Confirmed : RecordCardText.CorrectionAsked)}, {CardDates.DayAndTime(answer.At, zone)}";
            return new Fact(RecordCardText.Person(p.Attendee!.Role, MarkdownText.Inline(p.Attendee.DisplayName)), state);
        });

    private static List<CardAction> Buttons(System.Text.Json.JsonElement data, RecordResponse? mine)
    {
        var correction = new ShowCardAction(RecordCardText.AskCorrection, new AdaptiveCard
        {
            MsTeams = null,
            Body =
            [
                new TextInput
                {
                    Id = RecordFormInputs.Correction,
                    Label = RecordCardText.CorrectionLabel,
                    IsMultiline = true,
                    IsRequired = true,
                    MaxLength = RecordResponse.MaxCorrectionLength,
                    ErrorMessage = RecordText.CorrectionRequired,
                },
            ],
            Actions = [new ExecuteAction(RecordCardText.SendCorrection, CardVerbs.RecordCorrect) { Data = data }],
        });
        return mine is { Accurate: true }
            ? [correction]
            : [new ExecuteAction(RecordCardText.Confirm, CardVerbs.RecordConfirm) { Data = data, Style = ActionStyle.Positive }, correction];
    }
}
