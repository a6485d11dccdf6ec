using System.Text.Json;
using Microsoft.Playwright;

namespace CaseBot.EndToEnd.Tests.Support;

/// <summary>
/// The case board (the Teams tab) in its own browser window, in local mode: signed in with the user picker as one of the Playground's
/// people, in the current journey's tenant, driven by keyboard where a user would type. Every step saves a screenshot; a failed step
/// also saves the page and the bot's log. <see cref="AssertAccessibleAsync"/> runs axe-core (npm, pinned) in the page.
/// </summary>
public sealed class BoardPage(IPage page, string journey, TeamsSandbox sandbox)
{
    private static readonly float Timeout = 30_000;
    private static readonly Lazy<string> AxeSource = new(() => File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "a11y", "node_modules", "axe-core", "axe.min.js")));
    private int _step;

    public IPage Page => page;

    /// <summary>Opens the board (which sends a new visitor to the picker) and signs in as <paramref name="person"/>.</summary>
    public Task SignInAsync(string person, string step)
        => StepAsync(step, async () =>
        {
            await page.GotoAsync(sandbox.BotUrl + "/tab", new PageGotoOptions { Timeout = Timeout });
            await page.GetByText("Tenant id").First.ClickAsync();
            await page.GetByLabel("Tenant id").FillAsync(sandbox.TenantId);
            await page.GetByLabel(person).CheckAsync();
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
            await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "My cases", Level = 1 }).WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        });

    /// <summary>
    /// Signs in with the keyboard alone: Tab to the person (arrow keys move within the radio group), Space to pick, Tab to the tenant
    /// box (opened with Enter), type, Tab to "Sign in", Enter.
    /// </summary>
    public Task SignInByKeyboardAsync(string person, string step)
        => StepAsync(step, async () =>
        {
            await page.GotoAsync(sandbox.BotUrl + "/tab", new PageGotoOptions { Timeout = Timeout });
            await TabToAsync(page.GetByRole(AriaRole.Radio).First);
            var target = page.GetByLabel(person);
            for (var i = 0; i < 10 && !await IsFocusedAsync(target); i++)
            {
                await page.Keyboard.PressAsync("ArrowDown");
            }

            await page.Keyboard.PressAsync("Space");
            Assert.True(await target.IsCheckedAsync(), $"{person} was not picked by keyboard.");
            await TabToAsync(page.Locator("summary", new PageLocatorOptions { HasText = "Tenant id" }));
            await page.Keyboard.PressAsync("Enter");
            await TabToAsync(page.GetByLabel("Tenant id"));
            await page.Keyboard.PressAsync("Control+A");
            await page.Keyboard.TypeAsync(sandbox.TenantId);
            await TabToAsync(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }));
            await page.Keyboard.PressAsync("Enter");
            await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "My cases", Level = 1 }).WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        });

    /// <summary>Follows a link of the board's navigation by keyboard: Tab to it, Enter.</summary>
    public Task GoByKeyboardAsync(string link, string heading, string step)
        => StepAsync(step, async () =>
        {
            await TabToAsync(page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = link, Exact = true }));
            await page.Keyboard.PressAsync("Enter");
            await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = heading, Level = 1 }).WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        });

    public Task GoToAsync(string link, string heading, string step)
        => StepAsync(step, async () =>
        {
            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = link, Exact = true }).ClickAsync(new LocatorClickOptions { Timeout = Timeout });
            await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = heading, Level = 1 }).WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        });

    /// <summary>Types a reference into Look up and presses Enter, as someone with a caller on the phone would.</summary>
    public Task LookUpAsync(string reference, string step)
        => StepAsync(step, async () =>
        {
            await page.GetByLabel("Case reference").FillAsync(reference);
            await page.GetByLabel("Case reference").PressAsync("Enter");
            await page.Locator("#result").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        });

    /// <summary>Presses a case's "Open" on My cases (its lookup).</summary>
    public Task OpenCaseAsync(string reference, string step)
        => StepAsync(step, async () =>
        {
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = $"Open Case {reference}" }).ClickAsync(new LocatorClickOptions { Timeout = Timeout });
            await page.Locator("#result").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        });

    public Task ExpectTextAsync(string text, string step)
        => StepAsync(step, () => Assertions.Expect(page.Locator("main")).ToContainTextAsync(text, new LocatorAssertionsToContainTextOptions { Timeout = Timeout }));

    public Task ExpectNoTextAsync(string text, string step)
        => StepAsync(step, () => Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync(text, new LocatorAssertionsToContainTextOptions { Timeout = Timeout }));

    /// <summary>Reloads the page (a GET), as someone coming back to the tab does.</summary>
    public Task ReloadAsync(string step) => StepAsync(step, () => page.ReloadAsync(new PageReloadOptions { Timeout = Timeout }));

    /// <summary>Presses "Mark done" of the action described by <paramref name="action"/>, by keyboard (focus, then Enter).</summary>
    public Task MarkDoneAsync(string action, string step)
        => StepAsync(step, async () =>
        {
            var item = page.Locator("li.action", new PageLocatorOptions { HasText = action });
            await item.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Mark done" }).FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await page.Locator("[role=status]").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        });

    /// <summary>Saves the page as it looks now to <paramref name="path"/> (the README's screenshots), in a theme (?theme=).</summary>
    public async Task SaveScreenshotAsync(string path, string theme)
    {
        var url = new Uri(page.Url);
        await page.GotoAsync($"{url.GetLeftPart(UriPartial.Path)}?theme={theme}", new PageGotoOptions { Timeout = Timeout });
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
    }

    /// <summary>
    /// Runs axe-core in the page for WCAG 2.0 and 2.1, levels A and AA, and fails listing every violation (rule, impact, where). The
    /// script is evaluated through the browser's debugging protocol, not added as a script tag, so the board's CSP stays as it is.
    /// </summary>
    public Task AssertAccessibleAsync(string view)
        => StepAsync("axe-" + view, async () =>
        {
            await page.EvaluateAsync(AxeSource.Value);
            var result = await page.EvaluateAsync<JsonElement>(
                "async () => { const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });"
                + " return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary) })); }");
            var violations = result.EnumerateArray().Select(v => v.ToString()).ToList();
            Assert.True(violations.Count == 0, $"axe-core found {violations.Count} WCAG 2.1 AA violation(s) on {view}:\n" + string.Join("\n", violations));
        });

    public async Task StepAsync(string step, Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var name = $"{journey}-{++_step:00}-{step}";
        Directory.CreateDirectory(RepoPaths.Artifacts);
        try
        {
            await action();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Artifacts, name + ".png"), FullPage = true });
        }
        catch (Exception)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Artifacts, name + "-FAILED.png"), FullPage = true });
            await File.WriteAllTextAsync(Path.Combine(RepoPaths.Artifacts, name + "-FAILED.html"), await page.ContentAsync());
            await File.WriteAllTextAsync(Path.Combine(RepoPaths.Artifacts, name + "-FAILED-bot.log"), sandbox.BotLog);
            throw;
        }
    }

    // Presses Tab until the element has the focus (a keyboard user's way there), failing when it is never reached.
    private async Task TabToAsync(ILocator target)
    {
        for (var i = 0; i < 40; i++)
        {
            if (await IsFocusedAsync(target))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail("The element could not be reached with the Tab key.");
    }

    private static Task<bool> IsFocusedAsync(ILocator target) => target.EvaluateAsync<bool>("e => e === document.activeElement");
}
