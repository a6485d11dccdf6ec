using System.Net;
using System.Net.Http.Json;
using CaseBot.Bot.Tests.Support;
using CaseBot.BotFramework.Schema;
using CaseBot.Dialogs.Root;
using CaseBot.TestSupport;

namespace CaseBot.Bot.Tests.Hosting;

/// <summary>The real host, end to end over HTTP: health, welcome, commands, and authentication when an app id is set.</summary>
public sealed class HostTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task Healthz_WithSqlite_ReportsHealthy()
    {
        await using var sut = new CaseBotFactory();
        using var client = sut.CreateClient();

        var response = await client.GetStringAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal("Healthy", response);
        Assert.True(File.Exists(Path.Combine(sut.ContentRoot, "data", "casebot.db")));
    }

    [Fact]
    public async Task MembersAdded_SendsWelcomeCardWithCommands()
    {
        await using var sut = new CaseBotFactory();
        using var client = sut.CreateClient();
        var update = Activity("conversationUpdate");
        update.MembersAdded = [new ChannelAccount("29:user", "User", "aad-1"), new ChannelAccount("28:bot", "CaseBot")];

        using var response = await client.PostAsJsonAsync("/api/messages", update, BotJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var welcome = Assert.Single(await _connector.WaitForActivitiesAsync(1));
        var card = Assert.Single(welcome.Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, card.ContentType);
        var texts = card.Content!.Value.GetProperty("body").EnumerateArray().Select(e => e.GetProperty("text").GetString()).ToList();
        Assert.Equal([RootText.Welcome, RootText.Commands], texts);
        foreach (var command in new[] { "new case", "status", "my actions", "help" })
        {
            Assert.Contains(command, RootText.Commands, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task MembersAdded_OnlyTheBot_SendsNothing()
    {
        await using var sut = new CaseBotFactory();
        using var client = sut.CreateClient();
        var update = Activity("conversationUpdate");
        update.MembersAdded = [new ChannelAccount("28:bot", "CaseBot")];

        using var response = await client.PostAsJsonAsync("/api/messages", update, BotJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_connector.Calls);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("  HELP ")]
    public async Task Message_Help_ListsCommands(string text)
    {
        await using var sut = new CaseBotFactory();
        using var client = sut.CreateClient();
        var message = Activity("message");
        message.Text = text;

        using var response = await client.PostAsJsonAsync("/api/messages", message, BotJson.Options);

        var reply = Assert.Single(await _connector.WaitForActivitiesAsync(1));
        Assert.Equal(RootText.Commands, reply.Text);
    }

    [Fact]
    public async Task Message_WithAppIdSet_ForgedTokenGets401()
    {
        await using var issuer = await FakeChannelIssuer.StartAsync();
        await using var sut = new CaseBotFactory(new()
        {
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = "tenant-1",
            ["BotFramework:OpenIdMetadataUrl"] = issuer.MetadataUrl,
        });
        using var client = sut.CreateClient();
        using var forgedKey = SigningKey.Create(issuer.CurrentKey.KeyId, "msteams");
        var forged = issuer.CreateToken("11111111-2222-3333-4444-555555555555", _connector.ServiceUrl, signWith: forgedKey);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(Activity("message"), options: BotJson.Options) };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + forged);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.Calls);
    }

    private Activity Activity(string type) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "msteams",
        ServiceUrl = _connector.ServiceUrl,
        From = new ChannelAccount("29:user", "User", "aad-1"),
        Recipient = new ChannelAccount("28:bot", "CaseBot"),
        Conversation = new ConversationAccount("a:host-test", "personal", "tenant-1"),
        Text = type == "message" ? "hello" : null,
    };
}
