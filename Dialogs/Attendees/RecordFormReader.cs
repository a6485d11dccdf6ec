using System.Globalization;
using System.Text.Json;
using CaseBot.Cards.Records;
using CaseBot.Cases.Actions;
using CaseBot.Cases.Booking;
using CaseBot.Cases.Records;

namespace CaseBot.Dialogs.Attendees;

/// <summary>
/// Turns the record form's inputs into decisions and actions: blank rows are skipped; a row with anything in it needs a
/// description (1 to 300 characters), an owner who attended and was picked in Teams, and a due date from <c>today</c> on.
/// </summary>
internal static class RecordFormReader
{
    public const string NeedsText = "add what needs doing";
    public const string NeedsOwner = "choose the owner";
    public const string NeedsDue = "choose a due date from today on";

    public static RecordFormValues Values(JsonElement? data)
    {
        var rows = Enumerable.Range(1, RecordFormInputs.MaxActionRows)
            .Select(n => new RecordFormRow(
                InvokeData.Text(data, RecordFormInputs.ActionText(n)),
                InvokeData.Text(data, RecordFormInputs.ActionOwner(n)),
                InvokeData.Text(data, RecordFormInputs.ActionDue(n))))
            .ToList();

        // Keep rows up to the last one typed in, so the form shown again has them in their places.
        var last = rows.FindLastIndex(r => !r.IsBlank);
        return new RecordFormValues(InvokeData.Text(data, RecordFormInputs.Decisions), rows.Take(last + 1).ToList());
    }

    public static IReadOnlyList<string> Decisions(RecordFormValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return [.. (values.Decisions ?? string.Empty).Split('\n').Select(d => d.Trim()).Where(d => d.Length > 0)];
    }

    /// <summary>The actions, or the first problem ("Action 2: choose the owner").</summary>
    public static (IReadOnlyList<ActionItem> Actions, string? Problem) Actions(RecordFormValues values, CaseMeeting meeting, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(meeting);
        var actions = new List<ActionItem>();
        for (var i = 0; i < values.Rows.Count; i++)
        {
            var row = values.Rows[i];
            if (row.IsBlank)
            {
                continue;
            }

            var text = row.Text?.Trim() ?? string.Empty;
            var owner = string.IsNullOrWhiteSpace(row.OwnerAadObjectId) ? null : meeting.AttendeeWith(row.OwnerAadObjectId.Trim());
            var problem = text.Length == 0 ? NeedsText
                : text.Length > ActionItem.MaxDescriptionLength ? ActionText.DescriptionLength
                : owner is null ? (string.IsNullOrWhiteSpace(row.OwnerAadObjectId) ? NeedsOwner : RecordText.OwnerNotAttendee)
                : !TryDue(row.Due, out var due) || due < today ? NeedsDue
                : null;
            if (problem is not null)
            {
                return ([], RecordCardText.RowError(i + 1, problem));
            }

            TryDue(row.Due, out var day);
            actions.Add(new ActionItem(Guid.NewGuid(), text, owner!.Role, row.OwnerAadObjectId!.Trim(), day));
        }

        return (actions, null);
    }

    private static bool TryDue(string? text, out DateOnly due)
        => DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out due);
}
