using Microsoft.Playwright;

namespace CaseBot.EndToEnd.Tests.Support;

/// <summary>
/// The Playground's chat as a person sees it. Stable selectors (the Playground has no test ids; Fluent UI classes are hashed):
/// <list type="bullet">
/// <item>the compose box is the Lexical editor <c>div[contenteditable="true"][role="textbox"]</c>;</item>
/// <item>bot text renders as markdown paragraphs and lists, and card TextBlocks as <c>p</c> too, so bot messages are matched on
/// <c>p</c> and <c>li</c> elements; card buttons, check boxes, combo boxes and their options by role and accessible name;</item>
/// <item>each bot message is a Fluent AI <c>div.fai-OutputCard</c> (an unhashed class), and a card's heading TextBlock has role heading;</item>
/// <item>a compact choice list (more than six options) is a Fluent combobox (<c>role=combobox</c>, options <c>role=option</c>), and so
/// is the people picker, so a combobox is only ever looked for inside the card that asks for it;</item>
/// <item>the Log Panel lists each request as a row of spans, "[time] ", "from -&gt; to ", "message 201", " text"; clicking
/// "message 201" shows the request's JSON under the Request tab.</item>
/// </list>
/// Every step saves a screenshot; a failed step also saves the page HTML, the bot's log and the Playground's output.
/// </summary>
public sealed partial class PlaygroundPage(IPage page, string journey, TeamsSandbox sandbox)
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);
    private static readonly float Timeout = (float)StepTimeout.TotalMilliseconds;
    private int _step;

    public IPage Page => page;

    public async Task TypeAsync(string text)
    {
        var box = page.Locator("div[contenteditable=\"true\"][role=\"textbox\"]");
        await box.ClickAsync();
        await page.Keyboard.TypeAsync(text);
        await page.Keyboard.PressAsync("Enter");
    }

    /// <summary>Waits until a bot message containing <paramref name="text"/> is visible.</summary>
    public Task ExpectBotTextAsync(string text, string step)
        => StepAsync(step, () => page.Locator("p, li", new PageLocatorOptions { HasText = text }).Last
            .WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = Timeout }));

    /// <summary>Waits until the chat holds <paramref name="count"/> messages containing <paramref name="text"/>: for a question asked again.</summary>
    public Task ExpectBotTextCountAsync(string text, int count, string step)
        => StepAsync(step, () => Assertions.Expect(page.Locator("p, li", new PageLocatorOptions { HasText = text }))
            .ToHaveCountAsync(count, new LocatorAssertionsToHaveCountOptions { Timeout = Timeout }));

    public Task ClickButtonAsync(string name, string step)
        => StepAsync(step, () => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = name, Exact = true }).Last
            .ClickAsync(new LocatorClickOptions { Timeout = Timeout }));

    /// <summary>Types into the newest card text box with this placeholder.</summary>
    public Task FillCardInputAsync(string placeholder, string text, string step)
        => StepAsync(step, () => page.GetByPlaceholder(placeholder).Last.FillAsync(text, new LocatorFillOptions { Timeout = Timeout }));

    /// <summary>Ticks the newest check box with this label (Adaptive Cards renders multi-select choices as labelled check boxes).</summary>
    public Task TickAsync(string label, string step)
        => StepAsync(step, () => page.GetByRole(AriaRole.Checkbox, new PageGetByRoleOptions { Name = label }).Last
            .CheckAsync(new LocatorCheckOptions { Timeout = Timeout }));

    /// <summary>Runs a step, screenshots the result, and on failure keeps the page and the logs beside the screenshot.</summary>
    public async Task StepAsync(string step, Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var name = $"{journey}-{++_step:00}-{step}";
        Directory.CreateDirectory(RepoPaths.Artifacts);
        try
        {
            await action();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Artifacts, name + ".png"), FullPage = false });
        }
        catch (Exception)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Artifacts, name + "-FAILED.png") });
            await File.WriteAllTextAsync(Path.Combine(RepoPaths.Artifacts, name + "-FAILED.html"), await page.ContentAsync());
            await File.WriteAllTextAsync(Path.Combine(RepoPaths.Artifacts, name + "-FAILED-bot.log"), sandbox.BotLog);
            await File.WriteAllTextAsync(Path.Combine(RepoPaths.Artifacts, name + "-FAILED-playground.log"), sandbox.PlaygroundLog);
            throw;
        }
    }
}
