using Microsoft.Playwright;

namespace CaseBot.EndToEnd.Tests.Support;

/// <summary>
/// The Playground's chat as a person sees it. Stable selectors (the Playground has no test ids; Fluent UI classes are hashed):
/// the compose box is the Lexical editor <c>div[contenteditable="true"][role="textbox"]</c>; bot text renders as markdown
/// paragraphs and lists, so bot messages are matched on <c>p</c> and <c>li</c> elements in the message list; card buttons by their accessible name.
/// Every step saves a screenshot; a failed step also saves the page HTML and the bot's log.
/// </summary>
public sealed class PlaygroundPage(IPage page, string journey, TeamsSandbox sandbox)
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(20);
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
            .WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = (float)StepTimeout.TotalMilliseconds }));

    public Task ClickButtonAsync(string name, string step)
        => StepAsync(step, () => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = name, Exact = true }).Last
            .ClickAsync(new LocatorClickOptions { Timeout = (float)StepTimeout.TotalMilliseconds }));

    /// <summary>Types into the newest card text box with this placeholder.</summary>
    public Task FillCardInputAsync(string placeholder, string text, string step)
        => StepAsync(step, () => page.GetByPlaceholder(placeholder).Last.FillAsync(text, new LocatorFillOptions { Timeout = (float)StepTimeout.TotalMilliseconds }));

    /// <summary>Ticks the newest check box with this label (Adaptive Cards renders multi-select choices as labelled check boxes).</summary>
    public Task TickAsync(string label, string step)
        => StepAsync(step, () => page.GetByRole(AriaRole.Checkbox, new PageGetByRoleOptions { Name = label }).Last
            .CheckAsync(new LocatorCheckOptions { Timeout = (float)StepTimeout.TotalMilliseconds }));

    /// <summary>Runs a step, screenshots the result, and on failure keeps the page and the bot log beside the screenshot.</summary>
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
            throw;
        }
    }
}
