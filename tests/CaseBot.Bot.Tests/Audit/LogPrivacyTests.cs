using CaseBot.Bot.Tests.Conversations;
using CaseBot.Bot.Tests.Support;

namespace CaseBot.Bot.Tests.Audit;

/// <summary>
/// Everything logged during a full triage with sensitive free text, then lookups and an audit export (messages, structured values and
/// scopes at every level, the storage's own logs included) holds ids and codes only: no reference, name, free text or health word.
/// </summary>
public sealed class LogPrivacyTests : IAsyncLifetime
{
    private readonly CapturingLoggerProvider _logs = new();
    private ConversationHarness _sut = null!;

    public async Task InitializeAsync()
    {
        _sut = await ConversationHarness.StartAsync(settings: StatusPeople.Settings, logs: _logs);
        await StatusSensitiveTriage.WalkAsync(_sut);
        await _sut.SayAsync($"status {StatusSensitiveTriage.Reference}");
        _sut.As(StatusPeople.StrangerId);
        await _sut.SayAsync($"status {StatusSensitiveTriage.Reference}");
        _sut.As(StatusPeople.AdminId);
        await _sut.SayAsync($"audit {StatusSensitiveTriage.Reference}");
    }

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    public static TheoryData<string> Forbidden()
    {
        var data = new TheoryData<string> { StatusSensitiveTriage.Reference, "Test User", "Someone Else", "Admin Person" };
        foreach (var secret in StatusSensitiveTriage.Secrets)
        {
            data.Add(secret);
        }

        return data;
    }

    [Fact]
    public void Logs_OfTheWholeJourney_WereCaptured()
    {
        Assert.Contains(_logs.Entries, e => e.Message.StartsWith("Case lookup answered: Granted", StringComparison.Ordinal));
        Assert.Contains(_logs.Entries, e => e.Message.StartsWith("Case lookup answered: Denied", StringComparison.Ordinal));
        Assert.Contains(_logs.Entries, e => e.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.Contains(_logs.Entries, e => e.Scopes.Any(s => s.StartsWith("CorrelationId=", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void Logs_OfTheWholeJourney_NeverContain(string forbidden)
        => Assert.DoesNotContain(forbidden, _logs.AllText, StringComparison.OrdinalIgnoreCase);
}
