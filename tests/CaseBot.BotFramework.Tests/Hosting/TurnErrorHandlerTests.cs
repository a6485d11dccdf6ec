using System.Text.Json;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Hosting;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.State;
using CaseBot.BotFramework.Testing;
using CaseBot.BotFramework.Tests.Support;
using Microsoft.Extensions.Logging;

namespace CaseBot.BotFramework.Tests.Hosting;

/// <summary>A failed turn: the user hears the fixed apology, the log gets type and correlation id but no user text.</summary>
public sealed class TurnErrorHandlerTests : IDisposable
{
    private const string Secret = "Mrs Example's diagnosis";

    private readonly CapturingLoggerProvider _logs = new();
    private readonly ILoggerFactory _loggerFactory;
    private readonly TestAdapter _adapter = new();
    private readonly DelegateBot _failing = new((turn, _) => throw new InvalidOperationException("Bad input: " + turn.Activity.Text));

    public TurnErrorHandlerTests()
    {
        _loggerFactory = LoggerFactory.Create(b => b.AddProvider(_logs));
        _adapter.Use(new CorrelationIdMiddleware(_loggerFactory.CreateLogger<CorrelationIdMiddleware>()));
        _adapter.OnTurnError = new TurnErrorHandler(_loggerFactory.CreateLogger<TurnErrorHandler>()).HandleAsync;
    }

    public void Dispose()
    {
        _loggerFactory.Dispose();
        _logs.Dispose();
    }

    [Fact]
    public async Task HandleAsync_MessageTurnFails_UserGetsTheFixedApology()
    {
        var result = await _adapter.SendAsync(Secret, _failing);

        Assert.Equal([BotMessages.TurnFailed], result.Texts);
        Assert.Equal("Sorry, something went wrong on my side. Your answers so far are saved; please try again.", BotMessages.TurnFailed);
    }

    [Fact]
    public async Task HandleAsync_StateSavedByAnotherTurnFirst_UserIsAskedToSendAgain()
    {
        var crossed = new DelegateBot((_, _) => throw new StorageConflictException("The stored item changed since it was read."));

        var result = await _adapter.SendAsync("yes", crossed);

        Assert.Equal([BotMessages.TurnCrossed], result.Texts);
    }

    [Fact]
    public async Task HandleAsync_MessageTurnFails_LogHasTypeAndCorrelationButNoUserText()
    {
        await _adapter.SendAsync(Secret, _failing);

        var entry = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains("System.InvalidOperationException", entry.Message, StringComparison.Ordinal);
        Assert.Matches("correlation [0-9a-f]{32}", entry.Message);
        Assert.Null(entry.Exception);
        Assert.DoesNotContain(Secret, _logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_InvokeTurnFails_AnswersWithErrorInvokeResponse()
    {
        var invoke = _adapter.MakeActivity(Secret, ActivityTypes.Invoke);
        invoke.Name = "adaptiveCard/action";

        var result = await _adapter.SendAsync(invoke, _failing);

        Assert.Equal(200, result.InvokeResponse!.Status);
        var body = result.InvokeResponse.Body!.Value;
        Assert.Equal(500, body.GetProperty("statusCode").GetInt32());
        Assert.Equal(AdaptiveCardInvokeResponse.ErrorType, body.GetProperty("type").GetString());
        Assert.Empty(result.Replies);
    }

    [Fact]
    public async Task HandleAsync_ProactiveTurnFails_RethrowsToTheCaller()
    {
        var reference = _adapter.MakeActivity().GetConversationReference();

        await Assert.ThrowsAsync<TimeoutException>(
            () => _adapter.ContinueConversationAsync(reference, (_, _) => throw new TimeoutException(), default));

        Assert.Empty(_adapter.Sent);
        Assert.Single(_logs.Entries, e => e.Level == LogLevel.Error);
    }

    [Fact]
    public async Task HandleAsync_ConversationUpdateFails_NothingSent()
    {
        var update = _adapter.MakeActivity(type: ActivityTypes.ConversationUpdate);
        update.Value = JsonSerializer.SerializeToElement(new { x = 1 });

        var result = await _adapter.SendAsync(update, _failing);

        Assert.Empty(result.Replies);
        Assert.Null(result.InvokeResponse);
    }
}
