using System.Globalization;
using System.Text;
using Microsoft.Playwright;

namespace CaseBot.EndToEnd.Tests.Support;

/// <summary>
/// Everything a journey needs, all real and all on loopback: the bot process (SQLite in a temp folder, local mode), the pinned
/// Microsoft 365 Agents Playground, and Debian's Chromium driven by Playwright. The bot and browser live as long as the sandbox;
/// each journey gets its own Playground on a fresh port, with a new personal-chat id and a new tenant (<see cref="PlaygroundTenant"/>),
/// so no conversation (or half-finished dialog, or card still queued for someone) leaks from one journey into the next.
/// </summary>
public sealed class TeamsSandbox : IAsyncDisposable
{
    // The Playground's React bundle is 9 MB: on a busy 2-core machine parsing it alone has taken over 30 s.
    private static readonly TimeSpan PageLoadTimeout = TimeSpan.FromMinutes(2);
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "casebot-e2e", Guid.NewGuid().ToString("N"));
    private readonly int _botPort = FreePort.Next();
    private readonly StringBuilder _earlierBotLog = new();
    private int _playgroundPort;
    private ChildProcess? _bot;
    private ChildProcess? _playground;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage? _page;

    public string PlaygroundUrl => $"http://127.0.0.1:{_playgroundPort}";

    public string BotUrl => $"http://127.0.0.1:{_botPort}";

    /// <summary>The current journey's personal chat (the Playground's <c>--conversation-id</c>).</summary>
    public string ConversationId { get; private set; } = string.Empty;

    /// <summary>The current journey's tenant (new with each Playground, see <see cref="PlaygroundTenant"/>).</summary>
    public string TenantId { get; private set; } = string.Empty;

    /// <summary>The bot's output, including that of earlier runs killed by <see cref="CrashAndRestartBotAsync"/>.</summary>
    public string BotLog => _earlierBotLog.ToString() + (_bot?.Output ?? string.Empty);

    public string PlaygroundLog => _playground?.Output ?? string.Empty;

    public static async Task<TeamsSandbox> StartAsync()
    {
        var sandbox = new TeamsSandbox();
        Directory.CreateDirectory(sandbox._dataFolder);
        await sandbox.StartBotAsync();
        sandbox._playwright = await Playwright.CreateAsync();
        sandbox._browser = await sandbox._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CASEBOT_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,

            // Without the background-networking flags Chromium tries Google's hosts, which this closed network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return sandbox;
    }

    /// <summary>Starts a fresh Playground (new port, new personal chat) and opens its chat with the bot as a new page.</summary>
    public async Task<PlaygroundPage> OpenChatAsync(string journey)
    {
        // The previous journey's page would otherwise reconnect its socket to the next Playground.
        if (_page is not null)
        {
            await _page.CloseAsync();
        }

        await StartPlaygroundAsync();
        _page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var chat = new PlaygroundPage(_page, journey, this);
        await _page.GotoAsync(PlaygroundUrl, new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = (float)PageLoadTimeout.TotalMilliseconds });
        return chat;
    }

    /// <summary>
    /// A new browser window of its own (its own cookies, so its own board session) on the bot's case board, at <paramref name="width"/>
    /// pixels wide; closed with the sandbox's browser.
    /// </summary>
    public async Task<BoardPage> OpenBoardAsync(string journey, int width = 1280)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        return new BoardPage(await context.NewPageAsync(), journey, this);
    }

    /// <summary>
    /// Sends <paramref name="text"/> to the bot, in the current personal chat, as another member of the Playground's mock tenant
    /// (user-id-1..5; the page's own user is user-id-0, Alex Wilber). The page shows the bot's reply but not the message.
    /// </summary>
    public Task SendAsAsync(string userId, string text)
        => MockActivity.SendMessageAsync(PlaygroundUrl, ConversationId, userId, text);

    /// <summary>
    /// Installs CaseBot for another member (as a rollout's app setup policy does), in the current personal chat: the bot keeps the
    /// chat's address, so what it sends that person later (agenda, roles, actions) arrives in this chat, and it says hello.
    /// </summary>
    public Task InstallForAsync(string userId)
        => MockActivity.SendInstallationAsync(PlaygroundUrl, ConversationId, userId);

    /// <summary>Kills the bot with SIGKILL (no shutdown, nothing flushed) and starts it again on the same port and database.</summary>
    public async Task CrashAndRestartBotAsync()
    {
        if (_bot is not null)
        {
            _bot.Kill();
            _earlierBotLog.AppendLine(_bot.Output).AppendLine("--- bot killed with SIGKILL and restarted ---");
            _bot.Dispose();
        }

        await StartBotAsync();
    }

    public async ValueTask DisposeAsync()
    {
        // The whole run's bot log beside the screenshots, passed or failed: how long the outbox took, what it retried.
        Directory.CreateDirectory(RepoPaths.Artifacts);
        await File.WriteAllTextAsync(Path.Combine(RepoPaths.Artifacts, "bot.log"), BotLog);
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _playground?.Dispose();
        _bot?.Dispose();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    private async Task StartBotAsync()
    {
        var dll = Path.Combine(RepoPaths.BotDirectory, "CaseBot.Bot.dll");
        _bot = ChildProcess.Start("dotnet", [dll, "--urls", BotUrl], RepoPaths.BotDirectory, new Dictionary<string, string>
        {
            ["Storage__SqlitePath"] = Path.Combine(_dataFolder, "casebot.db"),
            ["ASPNETCORE_ENVIRONMENT"] = "Development",

            // Local mode, chosen explicitly (the Development settings turn it on too): no authentication, this machine only, and the
            // Playground's own mock tenant is served, since a local bot has no tenant of its own.
            ["MicrosoftAppId"] = string.Empty,
            ["BotFramework__LocalMode"] = "true",

            // Two members of the Playground's tenant (PlaygroundTenant) hold the access roles; everyone else is an ordinary user.
            ["AdviceLine__StaffObjectIds__0"] = PlaygroundTenant.AdviceLineObjectId,
            ["Admin__ObjectIds__0"] = PlaygroundTenant.AdminObjectId,

            // The local directory (the board's user picker, invites by address) knows them by the same ids as the Playground does.
            ["Directory__People__4__AadObjectId"] = PlaygroundTenant.AdviceLineObjectId,
            ["Directory__People__5__AadObjectId"] = PlaygroundTenant.AdminObjectId,

            // Each try at the Connector is still retried (3 times, exponential, jitter), from 50 ms instead of 1 s: the outbox sends one
            // message at a time, and retrying a finished journey's Playground (gone: connection refused) for 7 s holds up this one's cards.
            ["BotFramework__ConnectorRetry__BaseDelay"] = "00:00:00.050",
        });
        await Readiness.WaitForAsync(BotUrl + "/healthz", _bot, TimeSpan.FromSeconds(90));
    }

    private async Task StartPlaygroundAsync()
    {
        _playground?.Dispose();
        _playgroundPort = FreePort.Next();
        ConversationId = Guid.NewGuid().ToString();
        var config = Path.Combine(_dataFolder, "playground.yml");
        TenantId = Guid.NewGuid().ToString();
        await File.WriteAllTextAsync(config, PlaygroundTenant.Yaml(ConversationId, TenantId));
        _playground = ChildProcess.Start(
            "node",
            [RepoPaths.PlaygroundCli, "-e", BotUrl + "/api/messages", "-c", "msteams", "-p", _playgroundPort.ToString(CultureInfo.InvariantCulture), "--conversation-id", ConversationId],
            _dataFolder,
            new Dictionary<string, string> { ["TEAMSAPPTESTER_BROWSER"] = "none", ["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = config });
        await Readiness.WaitForAsync(PlaygroundUrl + "/_debug/ping", _playground, TimeSpan.FromSeconds(30));
    }
}
