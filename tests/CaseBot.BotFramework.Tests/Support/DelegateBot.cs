using CaseBot.BotFramework.Builder;

namespace CaseBot.BotFramework.Tests.Support;

/// <summary>A bot whose turn is a lambda; counts its turns.</summary>
internal sealed class DelegateBot(Func<ITurnContext, CancellationToken, Task> onTurn) : IBot
{
    public int Turns { get; private set; }

    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Turns++;
        return onTurn(turnContext, cancellationToken);
    }
}
