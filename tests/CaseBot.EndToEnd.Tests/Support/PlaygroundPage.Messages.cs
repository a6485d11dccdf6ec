using Microsoft.Playwright;

namespace CaseBot.EndToEnd.Tests.Support;

/// <summary>Steps scoped to one bot message: a card by its heading, a choice card by its question, and the Log Panel's request.</summary>
public sealed partial class PlaygroundPage
{
    /// <summary>Waits for the newest card with this heading, then for each text inside that card; scrolls the card into view.</summary>
    public Task ExpectCardAsync(string heading, string step, params string[] texts)
        => StepAsync(step, async () =>
        {
            var card = Page.Locator(".fai-OutputCard", new PageLocatorOptions
            {
                Has = Page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = heading }),
            }).Last;
            await card.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = Timeout });
            foreach (var text in texts)
            {
                await card.Locator("p, li", new LocatorLocatorOptions { HasText = text }).First
                    .WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = Timeout });
            }

            await card.ScrollIntoViewIfNeededAsync();
        });

    /// <summary>Waits for text the Playground itself shows in the chat (e.g. its placeholder for an attachment type it cannot render).</summary>
    public Task ExpectPlaygroundTextAsync(string text, string step)
        => StepAsync(step, () => Page.GetByText(text).Last
            .WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = Timeout }));

    /// <summary>
    /// Picks the first option of the newest card asking <paramref name="question"/> and returns the option's text. Up to six
    /// options are buttons (the first is clicked); more are a compact list, which the Playground renders as a Fluent combobox
    /// (it is opened, its first <c>role=option</c> picked, then the card's Continue clicked).
    /// </summary>
    public async Task<string> PickFirstChoiceAsync(string question, string step)
    {
        var picked = string.Empty;
        await StepAsync(step, async () =>
        {
            var card = Page.Locator(".fai-OutputCard", new PageLocatorOptions { HasText = question }).Last;
            await card.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = Timeout });
            var list = card.GetByRole(AriaRole.Combobox);
            if (await list.CountAsync() == 0)
            {
                var button = card.GetByRole(AriaRole.Button).First;
                picked = (await button.InnerTextAsync(new LocatorInnerTextOptions { Timeout = Timeout })).Trim();
                await button.ClickAsync(new LocatorClickOptions { Timeout = Timeout });
                return;
            }

            await list.ClickAsync(new LocatorClickOptions { Timeout = Timeout });
            var first = Page.GetByRole(AriaRole.Option).First;
            picked = (await first.InnerTextAsync(new LocatorInnerTextOptions { Timeout = Timeout })).Trim();
            await first.ClickAsync(new LocatorClickOptions { Timeout = Timeout });
            await card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Continue", Exact = true }).ClickAsync(new LocatorClickOptions { Timeout = Timeout });
        });
        return picked;
    }

    /// <summary>
    /// Opens the Log Panel entry of the newest bot message containing <paramref name="messageText"/> and waits until its request
    /// JSON shows <paramref name="expected"/> (e.g. <c>"name": "X.ics"</c>): what the bot sent, as the Playground received it.
    /// </summary>
    public Task ExpectInRequestLogAsync(string messageText, string expected, string step)
    {
        if (messageText.Contains('\'', StringComparison.Ordinal))
        {
            throw new ArgumentException("The message text is used inside an XPath string literal.", nameof(messageText));
        }

        return StepAsync(step, async () =>
        {
            await Page.Locator($"xpath=//div[span[contains(., '{messageText}')]]/span[starts-with(normalize-space(.), 'message ')]").Last
                .ClickAsync(new LocatorClickOptions { Timeout = Timeout });
            var line = Page.GetByText(expected).Last;
            await line.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = Timeout });
            await line.ScrollIntoViewIfNeededAsync();
        });
    }
}
