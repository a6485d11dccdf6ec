namespace CaseBot.Bot.Delivery;

/// <summary>Tells this instance's delivery worker that messages were just saved, so they go out now rather than at the next poll.</summary>
internal interface IOutboxSignal
{
    void Nudge();
}
