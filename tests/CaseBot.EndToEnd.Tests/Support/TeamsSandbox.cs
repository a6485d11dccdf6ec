using Microsoft.Playwright;

namespace CaseBot.EndToEnd.Tests.Support;

/// <summary>
/// Everything a journey needs, all real and all on loopback: the bot process (SQLite in a temp folder, local mode), the pinned
/// Microsoft 365 Agents Playground, and Debian's Chromium driven by Playwright.
/// </summary>
public sealed class TeamsSandbox : IAsyncDisposable
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "casebot-e2e", Guid.NewGuid().ToString("N"));
    private readonly int _botPort = FreePort.Next();
    private readonly int _playgroundPort = FreePort.Next();
    private ChildProcess? _bot;
    private ChildProcess? _playground;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string PlaygroundUrl => $"http://127.0.0.1:{_playgroundPort}";

    public string BotUrl => $"http://127.0.0.1:{_botPort}";

    public string ConversationId { get; } = Guid.NewGuid().ToString();

    public string BotLog => _bot?.Output ?? string.Empty;

    public static async Task<TeamsSandbox> StartAsync()
    {
        var sandbox = new TeamsSandbox();
        Directory.CreateDirectory(sandbox._dataFolder);
        await sandbox.StartBotAsync();
        sandbox.StartPlayground();
        await Readiness.WaitForAsync(sandbox.PlaygroundUrl + "/_debug/ping", sandbox._playground!, TimeSpan.FromSeconds(30));
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

    /// <summary>Opens the Playground's personal chat with the bot as a fresh page.</summary>
    public async Task<PlaygroundPage> OpenChatAsync(string journey)
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var chat = new PlaygroundPage(page, journey, this);
        await page.GotoAsync(PlaygroundUrl, new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        return chat;
    }

    /// <summary>Kills the bot like kill -9 and starts it again over the same database.</summary>
    public async Task CrashAndRestartBotAsync()
    {
        _bot?.Kill();
        _bot?.Dispose();
        await StartBotAsync();
    }

    public async ValueTask DisposeAsync()
    {
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
            ["MicrosoftAppId"] = string.Empty,
        });
        await Readiness.WaitForAsync(BotUrl + "/healthz", _bot, TimeSpan.FromSeconds(60));
    }

    private void StartPlayground()
    {
        _playground = ChildProcess.Start(
            "node",
            [RepoPaths.PlaygroundCli, "-e", BotUrl + "/api/messages", "-c", "msteams", "-p", _playgroundPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--conversation-id", ConversationId],
            _dataFolder,
            new Dictionary<string, string> { ["TEAMSAPPTESTER_BROWSER"] = "none" });
    }
}
