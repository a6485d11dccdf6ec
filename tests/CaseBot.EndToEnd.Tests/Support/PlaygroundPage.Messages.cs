using System.Text;
using System.Text.RegularExpressions;
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

    /// <summary>The newest bot message (card) whose heading contains <paramref name="heading"/>.</summary>
    public ILocator Card(string heading)
        => Page.Locator(".fai-OutputCard", new PageLocatorOptions { Has = Page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = heading }) }).Last;

    /// <summary>Clicks the button named <paramref name="name"/> in the newest card with this heading (not in any other copy of it).</summary>
    public Task ClickCardButtonAsync(string heading, string name, string step)
        => StepAsync(step, () => Card(heading).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = name, Exact = true }).First
            .ClickAsync(new LocatorClickOptions { Timeout = Timeout }));

    /// <summary>Opens the first compact choice list (Fluent combobox) in <paramref name="card"/> and picks the option containing <paramref name="option"/>.</summary>
    public async Task SelectOptionAsync(ILocator card, string option)
    {
        ArgumentNullException.ThrowIfNull(card);
        await card.GetByRole(AriaRole.Combobox).First.ClickAsync(new LocatorClickOptions { Timeout = Timeout });
        await Page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = option }).First.ClickAsync(new LocatorClickOptions { Timeout = Timeout });
    }

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
    /// The file attached to the newest bot message containing <paramref name="messageText"/>, decoded from the <c>data:</c> URI
    /// of the request the bot sent (the Log Panel's JSON; the Playground cannot show most file types in the chat). The file is also
    /// kept beside the step's screenshot.
    /// </summary>
    public async Task<string> ReadAttachmentAsync(string messageText, string fileName, string step)
    {
        CheckLogMessageText(messageText);
        var text = string.Empty;
        await StepAsync(step, async () =>
        {
            await OpenRequestLogAsync(messageText);
            await Page.GetByText($"\"name\": \"{fileName}\"").Last.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = Timeout });
            var line = Page.GetByText("\"contentUrl\": \"data:").Last;
            await line.ScrollIntoViewIfNeededAsync(new LocatorScrollIntoViewIfNeededOptions { Timeout = Timeout });
            var uri = Regex.Match(await line.TextContentAsync() ?? string.Empty, "data:[^;\"]+;base64,([A-Za-z0-9+/=]+)");
            Assert.True(uri.Success, $"No base64 data: URI in the request log line for \"{messageText}\".");
            text = Encoding.UTF8.GetString(Convert.FromBase64String(uri.Groups[1].Value));
            await File.WriteAllTextAsync(Path.Combine(RepoPaths.Artifacts, $"{journey}-{fileName}"), text);
        });
        return text;
    }

    /// <summary>
    /// Opens the Log Panel entry of the newest bot message containing <paramref name="messageText"/> and waits until its request
    /// JSON shows <paramref name="expected"/> (e.g. <c>"name": "X.ics"</c>): what the bot sent, as the Playground received it.
    /// </summary>
    public Task ExpectInRequestLogAsync(string messageText, string expected, string step)
    {
        CheckLogMessageText(messageText);
        return StepAsync(step, async () =>
        {
            await OpenRequestLogAsync(messageText);
            var line = Page.GetByText(expected).Last;
            await line.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = Timeout });
            await line.ScrollIntoViewIfNeededAsync();
        });
    }

    private static void CheckLogMessageText(string messageText)
    {
        if (messageText.Contains('\'', StringComparison.Ordinal))
        {
            throw new ArgumentException("The message text is used inside an XPath string literal.", nameof(messageText));
        }
    }

    private Task OpenRequestLogAsync(string messageText)
        => Page.Locator($"xpath=//div[span[contains(., '{messageText}')]]/span[starts-with(normalize-space(.), 'message ')]").Last
            .ClickAsync(new LocatorClickOptions { Timeout = Timeout });
}
