using CaseBot.BotFramework.Builder;

namespace CaseBot.BotFramework.Tests.Support;

/// <summary>A bot that counts its turns, echoes messages, answers invokes, and throws on the text or verb "boom".</summary>
internal sealed class RecordingBot : ActivityHandler
{
    private int _turns;

    public int Turns => _turns;

    public override Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _turns);
        return base.OnTurnAsync(turnContext, cancellationToken);
    }

    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Text == "boom")
        {
            throw new InvalidOperationException("secret user text boom");
        }

        return turnContext.SendActivityAsync("echo: " + turnContext.Activity.Text, cancellationToken);
    }

    protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
        => invokeValue.Action?.Verb == "boom"
            ? throw new InvalidOperationException("secret card data boom")
            : Task.FromResult(AdaptiveCardInvokeResponse.Message("did " + invokeValue.Action?.Verb));
}
