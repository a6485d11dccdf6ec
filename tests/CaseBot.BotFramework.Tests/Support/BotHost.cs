using System.Text;
using System.Text.Json;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Hosting;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseBot.BotFramework.Tests.Support;

/// <summary>The protocol layer hosted for real on loopback Kestrel, with a recording bot, a capturing logger and memory storage.</summary>
internal sealed class BotHost : IAsyncDisposable
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";

    private readonly WebApplication _app;

    private BotHost(WebApplication app, RecordingBot bot, MemoryStorage storage, CapturingLoggerProvider logs)
    {
        _app = app;
        Bot = bot;
        Storage = storage;
        Logs = logs;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public RecordingBot Bot { get; }

    public MemoryStorage Storage { get; }

    public CapturingLoggerProvider Logs { get; }

    public HttpClient Client { get; }

    /// <summary>The host's container, for tests that drive the adapter directly (proactive sends, crafted HTTP contexts).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Starts the host: in local mode (opted into) without <paramref name="appId"/>; with one, a single-tenant bot of tenant-1 that
    /// sends to the loopback fake Connector (listed in its service URL hosts). <paramref name="settings"/> go on top.
    /// </summary>
    public static async Task<BotHost> StartAsync(string? appId, string? metadataUrl = null, Dictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Configuration["MicrosoftAppId"] = appId ?? string.Empty;
        builder.Configuration["BotFramework:LocalMode"] = appId is null ? "true" : "false";
        builder.Configuration["BotFramework:ServiceUrlHosts:0"] = "127.0.0.1";
        builder.Configuration["MicrosoftAppType"] = "SingleTenant";
        builder.Configuration["MicrosoftAppTenantId"] = "tenant-1";
        builder.Configuration["MicrosoftAppPassword"] = "not-used";
        if (metadataUrl is not null)
        {
            builder.Configuration["BotFramework:OpenIdMetadataUrl"] = metadataUrl;
        }

        foreach (var (key, value) in settings ?? [])
        {
            builder.Configuration[key] = value;
        }

        builder.Configuration["BotFramework:ConnectorRetry:BaseDelay"] = "00:00:00.010";
        var storage = new MemoryStorage();
        var bot = new RecordingBot();
        builder.Services.AddSingleton<IStorage>(storage);
        builder.Services.AddSingleton<IBot>(bot);
        builder.Services.AddBotFramework(builder.Configuration);
        var app = builder.Build();
        app.UseBotMessagesAdmission();
        app.MapBotMessages();
        await app.StartAsync();
        return new BotHost(app, bot, storage, logs);
    }

    public static Activity Message(string serviceUrl, string text = "hello", string? id = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = id ?? Guid.NewGuid().ToString("N"),
        ChannelId = "msteams",
        ServiceUrl = serviceUrl,
        Text = text,
        From = new ChannelAccount("29:user", "User", "aad-user"),
        Recipient = new ChannelAccount("28:" + AppId, "CaseBot"),
        Conversation = new ConversationAccount("a:conversation-1", "personal", "tenant-1"),
    };

    public Task<HttpResponseMessage> PostAsync(Activity activity, string? authorization = null)
        => PostRawAsync(JsonSerializer.Serialize(activity, BotJson.Options), authorization);

    public async Task<HttpResponseMessage> PostRawAsync(string json, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
