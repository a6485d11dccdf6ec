using CaseBot.Cases.Actions;
using CaseBot.Cases.Booking;
using CaseBot.Cases.Closing;
using CaseBot.Cases.Escalation;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Preparation;
using CaseBot.Cases.Records;

namespace CaseBot.Cases.CriticalCases;

/// <summary>
/// A critical case: its reference, who leads it, the triage that made it critical, the meeting decided on, its meetings, agreed
/// actions, meeting records and chronology. State changes go through methods that apply the policy and add the chronology entry;
/// <see cref="Version"/> guards against concurrent changes (a stale save fails).
/// </summary>
public sealed partial class CriticalCase
{
    private readonly List<ChronologyEntry> _chronology;
    private readonly List<CaseMeeting> _meetings;
    private readonly List<ActionItem> _actions;
    private readonly List<MeetingRecord> _records;
    private readonly List<MeetingPreparation> _preparations;

    private CriticalCase(Guid id, CaseReference reference, string leadAadObjectId, string tenantId, TriageRecord triage, MeetingDecision decision, CaseStage stage, List<ChronologyEntry> chronology, long version, CaseProgress progress)
    {
        Id = id;
        Reference = reference;
        LeadAadObjectId = leadAadObjectId;
        TenantId = tenantId;
        Triage = triage;
        Decision = decision;
        Stage = stage;
        _chronology = chronology;
        Version = version;
        _meetings = [.. progress.Meetings];
        _actions = [.. progress.Actions];
        _records = [.. progress.Records];
        _preparations = [.. progress.Preparations ?? []];
        ClosedAt = progress.ClosedAt;
        GroupChatId = progress.GroupChatId;
        Closure = progress.Closure;
        Tier = progress.Tier ?? CaseTier.None;
    }

    public Guid Id { get; }

    public CaseReference Reference { get; }

    /// <summary>The Entra object id of the person who opened the case (the lead's organiser on CaseBot).</summary>
    public string LeadAadObjectId { get; }

    public string TenantId { get; }

    public TriageRecord Triage { get; }

    public MeetingDecision Decision { get; private set; }

    public CaseStage Stage { get; private set; }

    /// <summary>The case's events as its people, advice-line staff and admins may read them: without the individual's private say.</summary>
    public IReadOnlyList<ChronologyEntry> Chronology => [.. _chronology.Where(e => !ChronologyEntry.IsPrivate(e.Kind))];

    /// <summary>Every event, the private ones included: for the store, the audit and a subject access request, never for display.</summary>
    public IReadOnlyList<ChronologyEntry> History => _chronology;

    public IReadOnlyList<CaseMeeting> Meetings => _meetings;

    public IReadOnlyList<ActionItem> Actions => _actions;

    public IReadOnlyList<MeetingRecord> Records => _records;

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>How the case ended, while it is closed; null while it is open (a reopened case's earlier outcome no longer counts).</summary>
    public CaseClosure? Closure { get; private set; }

    /// <summary>Where the case stands on the escalation tiers (<see cref="CaseTier.None"/> until it is first escalated).</summary>
    public CaseTier Tier { get; private set; }

    /// <summary>The Teams group chat the lead chose for the shared cards (agenda, action list, record); null: each person's 1:1 chat.</summary>
    public string? GroupChatId { get; private set; }

    public long Version { get; }

    public DateTimeOffset LastActivity => Chronology.Select(e => e.At).DefaultIfEmpty(DateTimeOffset.MinValue).Max();

    /// <summary>The meeting booked and not yet held or cancelled, if any.</summary>
    public CaseMeeting? BookedMeeting => _meetings.LastOrDefault(m => m.Status == MeetingStatus.Booked);

    /// <summary>The latest meeting that was not cancelled (booked or held), if any: whose attendees a group chat is checked against.</summary>
    public CaseMeeting? LatestMeeting => _meetings.LastOrDefault(m => m.Status != MeetingStatus.Cancelled);

    /// <summary>Who may be in the case's group chat: the lead and the attendees (by Entra id) of <see cref="LatestMeeting"/>.</summary>
    public IReadOnlySet<string> GroupChatMayInclude
        => (LatestMeeting?.AttendeeAadObjectIds ?? []).Append(LeadAadObjectId).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The number the next meeting booked will get (its booking key depends on it).</summary>
    public int NextMeetingNumber => _meetings.Count + 1;

    /// <summary>The lead and everyone invited by id to a meeting that was not cancelled: who may see the case as a participant.</summary>
    public IReadOnlySet<string> ParticipantAadObjectIds
        => _meetings.Where(m => m.Status != MeetingStatus.Cancelled).SelectMany(m => m.AttendeeAadObjectIds).Append(LeadAadObjectId)
            .Where(id => !string.IsNullOrWhiteSpace(id)).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Everything since triage, for repositories.</summary>
    public CaseProgress Progress => new([.. _meetings], [.. _actions], [.. _records], ClosedAt, GroupChatId, Closure, Tier, [.. _preparations]);

    /// <summary>Opens a case from a completed triage and the manager's decision; the chronology starts with both.</summary>
    public static CriticalCase Open(Guid id, CaseReference reference, string leadAadObjectId, string tenantId, TriageRecord triage, MeetingDecision decision, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var chronology = new List<ChronologyEntry>
        {
            new(now, ChronologyKind.Triaged, CaseText.Triaged),
            new(now, ChronologyKind.MeetingRecommended, CaseText.Recommended(decision.Recommended.Type)),
            new(now, ChronologyKind.MeetingDecided, CaseText.Decided(decision)),
        };
        return new CriticalCase(id, reference, leadAadObjectId, tenantId, triage, decision, CaseStage.MeetingRecommended, chronology, 0, CaseProgress.None);
    }

    /// <summary>Rebuilds a stored case (for repositories).</summary>
    public static CriticalCase Restore(Guid id, CaseReference reference, string leadAadObjectId, string tenantId, TriageRecord triage, MeetingDecision decision, CaseStage stage, IEnumerable<ChronologyEntry> chronology, long version, CaseProgress? progress = null)
        => new(id, reference, leadAadObjectId, tenantId, triage, decision, stage, [.. chronology], version, progress ?? CaseProgress.None);

    public bool IsLead(string aadObjectId) => string.Equals(LeadAadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether <paramref name="other"/> opens this very case again: the same id, or the same tenant, reference and lead with the
    /// same triage answers and decision while nothing has happened to this case since (a save retried after it landed but the
    /// conversation's progress was lost: an instance died before saving the dialog and the turn was run again, or the database
    /// went away before the dialog was saved and the manager sent it again).
    /// </summary>
    public bool IsSameOpeningAs(CriticalCase other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Id == Id)
        {
            return true;
        }

        var (mine, theirs) = (Triage, other.Triage);
        return other.TenantId == TenantId && other.Reference == Reference && IsLead(other.LeadAadObjectId)
            && Stage == CaseStage.MeetingRecommended && _meetings.Count == 0
            && Decision.Chosen == other.Decision.Chosen && Decision.OverrideReason == other.Decision.OverrideReason
            && mine with { Answers = theirs.Answers } == theirs
            && mine.Answers with { Triggers = theirs.Answers.Triggers } == theirs.Answers
            && mine.Answers.Triggers.SetEquals(theirs.Answers.Triggers);
    }

    public void AddKeyDate(DateTimeOffset at, string summary)
    {
        if (string.IsNullOrWhiteSpace(summary) || summary.Length > 200)
        {
            throw new CaseRuleException(CaseText.KeyDateRules);
        }

        _chronology.Add(new ChronologyEntry(at, ChronologyKind.KeyDate, summary.Trim()));
    }

    /// <summary>
    /// The lead chooses a group chat for the case's shared cards. Who is in that chat is checked by the caller (only the lead and
    /// the meeting's attendees may be); choosing the chat already chosen changes nothing.
    /// </summary>
    /// <returns>Whether anything changed.</returns>
    public bool UseGroupChat(string actorAadObjectId, string conversationId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        Require(IsLead(actorAadObjectId), CaseText.OnlyLeadChoosesChat);
        RequireOpen();
        if (string.Equals(GroupChatId, conversationId, StringComparison.Ordinal))
        {
            return false;
        }

        GroupChatId = conversationId;
        _chronology.Add(new ChronologyEntry(now, ChronologyKind.GroupChatChosen, CaseText.GroupChatChosen));
        return true;
    }

    /// <summary>
    /// Someone who is not the lead or an attendee joined the case's group chat: its shared cards go back to each person's 1:1 chat.
    /// </summary>
    /// <returns>Whether the case was using that chat.</returns>
    public bool LeaveGroupChat(string conversationId, DateTimeOffset now)
    {
        if (!string.Equals(GroupChatId, conversationId, StringComparison.Ordinal))
        {
            return false;
        }

        GroupChatId = null;
        _chronology.Add(new ChronologyEntry(now, ChronologyKind.GroupChatLeft, CaseText.GroupChatLeft));
        return true;
    }

    /// <summary>The stuck-case check flagged the case at <paramref name="tier"/>; the lead is nudged. Not progress: it leaves the stage as it is.</summary>
    public void FlagStuck(string tier, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tier);
        RequireOpen();
        _chronology.Add(new ChronologyEntry(now, ChronologyKind.StuckFlagged, CaseText.StuckFlagged(tier.Trim())));
    }

    // After a meeting is held or cancelled, or an action is done: where the case now stands.
    private CaseStage SettledStage()
        => BookedMeeting is not null ? CaseStage.MeetingBooked
            : _actions.Exists(a => a.State == ActionState.Open) ? CaseStage.ActionsOpen
            : _meetings.Exists(m => m.Status == MeetingStatus.Held) ? CaseStage.MeetingHeld
            : CaseStage.MeetingRecommended;

    private void RequireOpen() => Require(Stage != CaseStage.Closed, CaseText.IsClosed);

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new CaseRuleException(message);
        }
    }
}
