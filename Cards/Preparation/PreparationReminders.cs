using System.Text.Json;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.Cards.Meetings;
using CaseBot.Cards.Notices;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Preparation;

namespace CaseBot.Cards.Preparation;

/// <summary>
/// The day-before reminders: to the individual and their representative, a short plain message (when, where, who, what they asked
/// for and whether it is arranged); to the lead, the requests still open, if any. One per person per day (the dedup key has the date).
/// </summary>
public static class PreparationReminders
{
    public const string Kind = "preparation-reminder";

    public static IEnumerable<CaseNotice> For(CriticalCase criticalCase, CaseMeeting meeting, DateOnly today, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(zone);
        var plan = meeting.Plan;
        var meetingDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(plan.Start, zone).DateTime);
        var day = meetingDay == today.AddDays(1) ? "tomorrow" : $"on {meetingDay.DayOfWeek}";
        var individual = MarkdownText.Inline(PreparationCard.Individual(plan));
        var organiser = MarkdownText.Inline(PreparationCard.Organiser(plan));
        var key = $"{criticalCase.Id:D}/{meeting.Number}/{today:yyyy-MM-dd}";
        var open = new List<string>();
        foreach (var reader in plan.Attendees.Where(a => CriticalCase.IsRespondent(a.Role) && !string.IsNullOrWhiteSpace(a.AadObjectId)))
        {
            var preparation = criticalCase.PreparationOf(meeting.Number, reader.AadObjectId!);
            var requests = preparation?.Answers.Requests ?? [];
            var who = preparation?.Answers.BringingWho is { } person ? MarkdownText.Inline(person) : null;
            var lines = new List<string>
            {
                $"**{PreparationReminderText.Title(day)}**",
                PreparationReminderText.Intro(reader.Role, individual),
                $"- {PreparationReminderText.When}: {CardDates.LongDay(plan.Start, zone)}, {CardDates.TimeRange(plan.Start, plan.End, zone)}",
                $"- {PreparationReminderText.Where}: {PreparationText.Venue(plan.Venue, reader.Role)}",
                $"- {PreparationReminderText.Who}: {string.Join(", ", plan.Attendees.Where(a => a != reader).Select(a => MarkdownText.Inline(a.DisplayName)))}",
            };
            if (requests.Count == 0)
            {
                lines.Add(PreparationReminderText.NothingAsked(organiser));
            }
            else
            {
                lines.Add($"**{PreparationReminderText.AskedForHeading}**");
                lines.AddRange(requests.Select(r => "- " + PreparationReminderText.Line(r, preparation!.Arranged.Contains(r), who)));
            }

            lines.Add(PreparationReminderText.StillTime);
            yield return Note(reader.AadObjectId!, string.Join("\n\n", lines), $"{Kind}/{key}/{reader.AadObjectId!.ToLowerInvariant()}");
            open.AddRange((preparation?.OpenRequests ?? []).Select(r => $"- {MarkdownText.Inline(reader.DisplayName)}: {PreparationQuestionText.Request(r)}"));
        }

        if (open.Count > 0)
        {
            var text = $"{PreparationLeadText.OpenRequests(criticalCase.Reference.Value)}\n\n{string.Join("\n", open)}";
            yield return Note(criticalCase.LeadAadObjectId, text, $"{Kind}/{key}/lead");
        }
    }

    private static CaseNotice Note(string recipient, string markdown, string key)
        => new(AttendeeNotices.NoteKind, recipient, null, JsonSerializer.Serialize<Activity>(MessageFactory.Markdown(markdown), BotJson.Options), key);
}
