using CaseBot.Cards.Model;
using Microsoft.Playwright;

namespace CaseBot.Cards.Tests.Support;

/// <summary>
/// Renders cards as Teams would, with the official adaptivecards library, the Microsoft Teams light host config (from npm
/// adaptivecards-designer) and markdown-it for the Markdown in TextBlocks and facts (CommonMark, as the designer renders it), in
/// Debian's headless Chromium; saves one PNG per card under TestResults/cards and reports what the renderer produced (its visible
/// text, its HTML and any error).
/// </summary>
public sealed class CardRenderer : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IPage _page;

    private CardRenderer(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        _page = page;
    }

    public static string OutputFolder { get; } = Environment.GetEnvironmentVariable("CASEBOT_CARD_RENDERS")
        ?? Path.Combine(CardValidator.RepoRoot, "TestResults", "cards");

    /// <summary>Renders every card in a fresh browser and asserts each one drew and saved its PNG.</summary>
    public static async Task AssertEveryCardRendersAsync(IReadOnlyDictionary<string, AdaptiveCard> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        await using var renderer = await StartAsync();
        foreach (var (name, card) in cards)
        {
            var text = await renderer.RenderAsync(name, card);

            Assert.NotEqual("RENDER FAILED", text);
            Assert.True(File.Exists(Path.Combine(OutputFolder, name + ".png")), name);
        }
    }

    public static async Task<CardRenderer> StartAsync()
    {
        await CardValidator.ValidateAsync(new Dictionary<string, AdaptiveCard>()); // installs the npm tools if missing
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CASEBOT_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 560, Height = 400 } });
        var modules = Path.Combine(CardValidator.CardCheckFolder, "node_modules");
        var library = await File.ReadAllTextAsync(Path.Combine(modules, "adaptivecards", "dist", "adaptivecards.min.js"));
        var hostConfig = await File.ReadAllTextAsync(Path.Combine(modules, "adaptivecards-designer", "lib", "hostConfigs", "microsoft-teams-light.json"));
        var css = await File.ReadAllTextAsync(Path.Combine(modules, "adaptivecards", "dist", "adaptivecards.css"));
        var markdown = await File.ReadAllTextAsync(Path.Combine(modules, "markdown-it", "dist", "browser", "markdown-it.umd.min.js"));
        await page.SetContentAsync($"<html><head><style>{css} body{{margin:0;background:#f5f5f5;font-family:'Segoe UI',sans-serif}} .ac-textBlock ul{{padding-left:1.2em;margin:0;box-sizing:border-box}} .ac-textBlock p{{margin:0 0 4px}} #card{{width:520px;margin:12px;background:#fff;border-radius:4px;box-shadow:0 1px 2px rgba(0,0,0,.2)}}</style></head><body><div id=\"card\"></div></body></html>");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = library });
        await page.EvaluateAsync("hostConfig => { window.teamsHostConfig = new AdaptiveCards.HostConfig(JSON.parse(hostConfig)); }", hostConfig);

        // Teams renders Markdown in TextBlocks and facts; the library hands it to window.markdownit when there is one.
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = markdown });
        return new CardRenderer(playwright, browser, page);
    }

    /// <summary>Renders one card and saves <c>name.png</c>; returns the rendered text.</summary>
    public async Task<string> RenderAsync(string name, AdaptiveCard card)
    {
        const string script = @"json => {
            const card = new AdaptiveCards.AdaptiveCard();
            card.hostConfig = window.teamsHostConfig;
            card.parse(JSON.parse(json));
            const element = card.render();
            const target = document.getElementById('card');
            target.innerHTML = '';
            if (!element) { return 'RENDER FAILED'; }
            target.appendChild(element);
            return target.innerText;
        }";
        var text = await _page.EvaluateAsync<string>(script, CardSerializer.ToJson(card));
        Directory.CreateDirectory(OutputFolder);
        await _page.Locator("#card").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(OutputFolder, name + ".png") });
        return text;
    }

    /// <summary>The HTML of the card rendered last, e.g. to check which links it holds.</summary>
    public Task<string> HtmlAsync() => _page.InnerHTMLAsync("#card");

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
