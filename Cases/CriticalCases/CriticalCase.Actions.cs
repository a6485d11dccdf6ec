using CaseBot.Cases.Actions;
using CaseBot.Cases.Booking;
using CaseBot.Cases.Records;

namespace CaseBot.Cases.CriticalCases;

/// <summary>The meeting record, the agreed actions, their ticks and reminders.</summary>
public sealed partial class CriticalCase
{
    /// <summary>The latest meeting record, if any.</summary>
    public MeetingRecord? LatestRecord => _records.Count > 0 ? _records[^1] : null;

    public IEnumerable<ActionItem> OpenActions => _actions.Where(a => a.State == ActionState.Open);

    /// <summary>
    /// The lead records the booked meeting as held, with its decisions and agreed actions. Each action's owner must be an attendee
    /// picked in Teams (so they can tick it). Attendees are then asked to confirm the record.
    /// </summary>
    public MeetingRecord RecordMeeting(string actorAadObjectId, IReadOnlyList<string> decisions, IReadOnlyList<ActionItem> actions, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(actions);
        RequireOpen();
        Require(IsLead(actorAadObjectId), RecordText.OnlyLead);
        var meeting = BookedMeeting ?? throw new CaseRuleException(RecordText.NoMeetingToRecord);
        var trimmed = decisions.Select(d => d?.Trim() ?? string.Empty).Where(d => d.Length > 0).ToList();
        Require(trimmed.Count <= MeetingRecord.MaxDecisions && trimmed.TrueForAll(d => d.Length <= MeetingRecord.MaxDecisionLength), RecordText.DecisionRules);
        Require(actions.All(a => meeting.AttendeeWith(a.OwnerAadObjectId) is not null), RecordText.OwnerNotAttendee);
        Require(actions.Select(a => a.Id).Concat(_actions.Select(a => a.Id)).Distinct().Count() == actions.Count + _actions.Count, "Each action needs its own id.");
        Replace(meeting, meeting with { Status = MeetingStatus.Held });
        _actions.AddRange(actions);
        var record = new MeetingRecord(meeting.Number, trimmed, now, []);
        _records.Add(record);
        Stage = SettledStage();
        _chronology.Add(new ChronologyEntry(now, ChronologyKind.MeetingHeld, CaseText.Held(meeting.Plan, trimmed.Count, actions.Count)));
        return record;
    }

    /// <summary>An attendee confirms the latest record, or asks for a correction; their latest answer counts.</summary>
    public RecordResponse RespondToRecord(string actorAadObjectId, bool accurate, string? correction, DateTimeOffset now)
    {
        var record = LatestRecord ?? throw new CaseRuleException(RecordText.NoRecord);
        var meeting = _meetings.Single(m => m.Number == record.MeetingNumber);
        var attendee = meeting.AttendeeWith(actorAadObjectId) ?? throw new CaseRuleException(RecordText.NotAttendee);
        var text = accurate ? null : correction?.Trim();
        Require(accurate || text is { Length: > 0 and <= RecordResponse.MaxCorrectionLength }, RecordText.CorrectionRequired);
        var response = new RecordResponse(actorAadObjectId, attendee.Role, accurate, text, now);
        _records[^1] = record.WithResponse(response);
        _chronology.Add(accurate
            ? new ChronologyEntry(now, ChronologyKind.RecordConfirmed, CaseText.RecordConfirmed(attendee.Role))
            : new ChronologyEntry(now, ChronologyKind.CorrectionRequested, CaseText.CorrectionRequested(attendee.Role)));
        return response;
    }

    /// <summary>The owner ticks an action off; anyone else, an unknown action or a repeat changes nothing.</summary>
    public TickOutcome TickAction(Guid actionId, string actorAadObjectId, DateTimeOffset now)
    {
        var index = _actions.FindIndex(a => a.Id == actionId);
        if (index < 0)
        {
            return TickOutcome.NotFound;
        }

        var (item, outcome) = _actions[index].Tick(actorAadObjectId, now);
        if (outcome == TickOutcome.Done)
        {
            _actions[index] = item;
            Stage = Stage == CaseStage.Closed ? Stage : SettledStage();
            _chronology.Add(new ChronologyEntry(now, ChronologyKind.ActionDone, CaseText.ActionDone(item.OwnerRole)));
        }

        return outcome;
    }

    /// <summary>Overdue actions whose owner has not been reminded today.</summary>
    public IReadOnlyList<ActionItem> RemindersDue(DateOnly today)
        => Stage == CaseStage.Closed ? [] : [.. _actions.Where(a => a.NeedsReminder(today))];

    /// <summary>Notes that the owner of an action was reminded today, so no second reminder goes today.</summary>
    public void MarkReminded(Guid actionId, DateOnly today, DateTimeOffset now)
    {
        var index = _actions.FindIndex(a => a.Id == actionId);
        Require(index >= 0, "The case has no such action.");
        _actions[index] = _actions[index].Reminded(today);
        _chronology.Add(new ChronologyEntry(now, ChronologyKind.Reminder, CaseText.Reminded(_actions[index].OwnerRole)));
    }

    /// <summary>The meeting an action was agreed at is not tracked per action; the attendee list of any held meeting names its owner.</summary>
    public Attendee? OwnerOf(ActionItem action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return _meetings.Where(m => m.Status == MeetingStatus.Held).Select(m => m.AttendeeWith(action.OwnerAadObjectId)).LastOrDefault(a => a is not null);
    }
}
