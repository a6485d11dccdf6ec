using CaseBot.Cards.Actions;
using CaseBot.Cards.Model;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cards.Meetings;

/// <summary>
/// To the lead when the case's meeting has ended in Teams and is not recorded yet: a prompt to record it while it is fresh, with the
/// record form a click away (the same <see cref="CardVerbs.RecordOpen"/> as the lead's agenda card).
/// </summary>
public static class MeetingEndedCard
{
    public static AdaptiveCard Build(CriticalCase criticalCase, int meetingNumber, MeetingType type)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        var text = MeetingCardText.Ended(criticalCase.Reference, type);
        return new AdaptiveCard
        {
            FallbackText = text,
            Body =
            [
                new TextBlock(text) { Wrap = true },
                new TextBlock(MeetingCardText.RecordHint) { Wrap = true, IsSubtle = true },
            ],
            Actions = [new ExecuteAction(MeetingCardText.RecordMeeting, CardVerbs.RecordOpen) { Data = CardSerializer.Data(new CaseCardData(criticalCase.Id, meetingNumber)) }],
        };
    }
}
