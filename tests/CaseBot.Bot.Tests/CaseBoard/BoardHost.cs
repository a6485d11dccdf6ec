using CaseBot.Bot.Tests.Support;
using CaseBot.Cases.CaseFiles;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.CaseBoard;

/// <summary>The real host with the board, its people configured; signs browsers in through the local picker (local mode).</summary>
internal sealed class BoardHost : IAsyncDisposable
{
    private readonly CaseBotFactory _factory;

    public BoardHost(Dictionary<string, string?>? settings = null, CapturingLoggerProvider? logs = null, string? tenant = null)
    {
        Tenant = tenant ?? Guid.NewGuid().ToString();
        _factory = new CaseBotFactory(BoardPeople.Settings(settings), logs);
        using var client = _factory.CreateClient();
        BaseAddress = client.BaseAddress!;
    }

    /// <summary>Each test's own tenant, so cases and audit entries of one test never meet another's.</summary>
    public string Tenant { get; }

    public IServiceProvider Services => _factory.Services;

    public ICaseRepository Cases => Services.GetRequiredService<ICaseRepository>();

    /// <summary>The host's loopback address (Kestrel on a free port).</summary>
    public Uri BaseAddress { get; }

    public string ContentRoot => _factory.ContentRoot;

    public BoardSession Browser(bool https = false) => new(BaseAddress, https);

    /// <summary>A browser signed in as <paramref name="aadObjectId"/> with the local picker, in this test's tenant.</summary>
    public async Task<BoardSession> SignInAsync(string aadObjectId)
    {
        var browser = Browser();
        await browser.GetAsync("/tab/local");
        var response = await browser.PostAsync("/tab/local", new Dictionary<string, string> { ["user"] = aadObjectId, ["tenant"] = Tenant, ["next"] = "/tab/cases" });
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/tab/cases", browser.Path);
        return browser;
    }

    public async Task<CriticalCase> AddAsync(CriticalCase criticalCase)
    {
        await Cases.AddAsync(criticalCase, default);
        return criticalCase;
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
}
