using CaseBot.Bot.Tests.Support;
using CaseBot.Cases.CriticalCases;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Tab;

/// <summary>The real host with the board, its people configured; signs browsers in through the local picker (local mode).</summary>
internal sealed class TabHost : IAsyncDisposable
{
    private readonly CaseBotFactory _factory;
    private readonly bool _owned;

    public TabHost(Dictionary<string, string?>? settings = null, CapturingLoggerProvider? logs = null, string? tenant = null)
    {
        Tenant = tenant ?? Guid.NewGuid().ToString();
        _factory = new CaseBotFactory(TabPeople.Settings(settings), logs);
        _owned = true;
        using var client = _factory.CreateClient();
        BaseAddress = client.BaseAddress!;
    }

    private TabHost(TabHost shared)
    {
        Tenant = Guid.NewGuid().ToString();
        _factory = shared._factory;
        BaseAddress = shared.BaseAddress;
    }

    /// <summary>Each test's own tenant, so cases and audit entries of one test never meet another's.</summary>
    public string Tenant { get; }

    public IServiceProvider Services => _factory.Services;

    public ICaseRepository Cases => Services.GetRequiredService<ICaseRepository>();

    /// <summary>The host's loopback address (Kestrel on a free port).</summary>
    public Uri BaseAddress { get; }

    public string ContentRoot => _factory.ContentRoot;

    public TabSession Browser(bool https = false) => new(BaseAddress, https);

    /// <summary>A browser signed in as <paramref name="aadObjectId"/> with the local picker, in <paramref name="tenant"/> (else the host's).</summary>
    public async Task<TabSession> SignInAsync(string aadObjectId, string? tenant = null)
    {
        var browser = Browser();
        await browser.GetAsync("/tab/local");
        var response = await browser.PostAsync("/tab/local", new Dictionary<string, string> { ["user"] = aadObjectId, ["tenant"] = tenant ?? Tenant, ["next"] = "/tab/cases" });
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/tab/cases", browser.Path);
        return browser;
    }

    public async Task<CriticalCase> AddAsync(CriticalCase criticalCase)
    {
        await Cases.AddAsync(criticalCase, default);
        return criticalCase;
    }

    /// <summary>The same host, for a test of its own: another tenant (disposing it leaves the host running).</summary>
    public TabHost WithNewTenant() => new(this);

    public async ValueTask DisposeAsync()
    {
        if (_owned)
        {
            await _factory.DisposeAsync();
        }
    }
}
