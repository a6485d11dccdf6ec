using CaseBot.Bot.Tests.Support;

namespace CaseBot.Bot.Tests.Conversations;

/// <summary>The status card shown to advice-line staff after a real triage carries none of what the manager typed or ticked.</summary>
public sealed class StatusPrivacyTests : IAsyncLifetime
{
    private ConversationHarness _sut = null!;

    public async Task InitializeAsync() => _sut = await StatusPeople.StartAsync();

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Fact]
    public async Task Status_AfterTriageWithFreeText_CardHasNoTriggersFreeTextOrHealthWords()
    {
        await StatusSensitiveTriage.WalkAsync(_sut);
        _sut.As(StatusPeople.StaffId);

        await _sut.SayAsync($"status {StatusSensitiveTriage.Reference}");

        var shown = _sut.Describe();
        Assert.True(_sut.LastSaid($"Case {StatusSensitiveTriage.Reference}"), shown);
        Assert.All(StatusSensitiveTriage.Secrets, secret => Assert.DoesNotContain(secret, shown, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("Test User", shown, StringComparison.Ordinal);
    }
}
