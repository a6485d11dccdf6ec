using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;

namespace CaseBot.Cases.Preparation;

/// <summary>
/// The messages the individual's say before a Case Conference sends, as <see cref="CaseNotice"/>s saved with the change (the outbox
/// delivers them). Their answers go to the lead only, and not in the message itself: the lead opens them, and each opening is audited.
/// (What a booking, move or cancellation sends them is <see cref="ICaseNotices"/>'s.)
/// </summary>
public interface IPreparationNotices
{
    /// <summary>After someone answered: a note to the lead that there are answers to read; every agenda card when the points shared on it changed.</summary>
    IReadOnlyList<CaseNotice> ForAnswers(CriticalCase criticalCase, CaseMeeting meeting, MeetingPreparation preparation, bool agendaChanged);

    /// <summary>After the lead replied: the reply, to the person it answers.</summary>
    IReadOnlyList<CaseNotice> ForReply(CriticalCase criticalCase, CaseMeeting meeting, MeetingPreparation preparation, LeadReply reply);

    /// <summary>After the lead arranged something they asked for: what is now arranged, to them.</summary>
    IReadOnlyList<CaseNotice> ForArranged(CriticalCase criticalCase, CaseMeeting meeting, MeetingPreparation preparation, IReadOnlyList<PreparationRequest> newlyArranged);

    /// <summary>Before the meeting (on <paramref name="today"/>): a reminder to the individual and their representative, and the lead's open requests.</summary>
    IReadOnlyList<CaseNotice> ForReminder(CriticalCase criticalCase, CaseMeeting meeting, DateOnly today);
}
