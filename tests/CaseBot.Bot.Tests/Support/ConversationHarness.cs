using System.Text.Json;
using CaseBot.Bot.Access;
using CaseBot.Bot.Calendar;
using CaseBot.Bot.AdviceLine;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Hosting;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.Testing;
using CaseBot.Dialogs.Attendees;
using CaseBot.Dialogs.Root;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CaseBot.Bot.Tests.Support;

/// <summary>
/// Drives CaseBot's real bot (the host's own registrations, SQLite in a temp folder, a fake clock) through the real turn pipeline,
/// as a manager would: typing, clicking card buttons, ticking choices. <see cref="RestartAsync"/> throws the process away and
/// starts again over the same database.
/// </summary>
internal sealed class ConversationHarness : IAsyncDisposable
{
    private readonly StorageServices _services;
    private IBot _bot = null!;

    private ConversationHarness(FakeTimeProvider clock, Dictionary<string, string?>? settings, ILoggerProvider? logs, Action<IServiceCollection>? replace = null)
    {
        Clock = clock;
        var all = new Dictionary<string, string?> { ["AdviceLine:Phone"] = "023 8062 6600", ["AdviceLine:Email"] = "oh@example.org" };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        _services = StorageServices.Sqlite(
            (services, configuration) =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                if (logs is not null)
                {
                    services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
                }

                replace?.Invoke(services);
                services.TryAddSingleton<IChatMembers>(new ChatRoster());
                services.AddAdviceLine(configuration);
                services.AddCaseAccessAndAudit(configuration);
                services.AddMeetingCalendar(configuration);
                services.AddCaseBotConversations();
            },
            all);
    }

    public FakeTimeProvider Clock { get; }

    public TestAdapter Adapter { get; } = new();

    public IServiceProvider Services => _services.Provider;

    /// <summary>Everything the bot sent in the last turn.</summary>
    public TurnResult Last { get; private set; } = new([], null);

    /// <param name="now">The fake clock's start.</param>
    /// <param name="settings">Extra configuration, e.g. AdviceLine:StaffObjectIds:0.</param>
    /// <param name="logs">Receives every log entry of every level (the host's correlation-id scope included).</param>
    /// <param name="replace">Registers services before the host's own (which add theirs only when missing), e.g. a Graph client on a fake handler.</param>
    public static async Task<ConversationHarness> StartAsync(DateTimeOffset? now = null, Dictionary<string, string?>? settings = null, ILoggerProvider? logs = null, Action<IServiceCollection>? replace = null)
    {
        var harness = new ConversationHarness(new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero)), settings, logs, replace);
        await harness._services.StartAsync();
        harness._bot = harness.Services.GetRequiredService<IBot>();
        if (logs is not null)
        {
            harness.Adapter.Use(new CorrelationIdMiddleware(harness.Services.GetRequiredService<ILogger<CorrelationIdMiddleware>>()));
        }

        return harness;
    }

    public async Task RestartAsync()
    {
        await _services.RestartAsync();
        _bot = Services.GetRequiredService<IBot>();
    }

    public async Task<TurnResult> SayAsync(string text) => Last = await Adapter.SendAsync(text, _bot);

    /// <summary>Clicks the button titled <paramref name="title"/> on the newest card that has one.</summary>
    public async Task<TurnResult> ClickAsync(string title)
    {
        var data = NewestCards().SelectMany(Buttons).FirstOrDefault(b => b.Title == title).Data;
        Assert.True(data.ValueKind == JsonValueKind.Object, $"No button '{title}' on the bot's cards. Last replies: {Describe()}");
        return Last = await Adapter.SubmitAsync(data, _bot);
    }

    /// <summary>Types into inputs of the newest card that has the button titled <paramref name="title"/>, then clicks it (inputs arrive beside the button's data, as in Teams).</summary>
    public async Task<TurnResult> FillAndClickAsync(string title, params (string InputId, string Value)[] inputs)
    {
        var data = NewestCards().SelectMany(Buttons).FirstOrDefault(b => b.Title == title).Data;
        Assert.True(data.ValueKind == JsonValueKind.Object, $"No button '{title}' on the bot's cards. Last replies: {Describe()}");
        var submit = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(data.GetRawText())!;
        foreach (var (inputId, value) in inputs)
        {
            submit[inputId] = JsonSerializer.SerializeToElement(value);
        }

        return Last = await Adapter.SubmitAsync(submit, _bot);
    }

    /// <summary>Ticks options of the newest multi-select card by title and presses its button.</summary>
    public async Task<TurnResult> TickAsync(params string[] titles)
    {
        var card = NewestCards().First(c => c.GetProperty("body").EnumerateArray().Any(e => e.GetProperty("type").GetString() == "Input.ChoiceSet"));
        var input = card.GetProperty("body").EnumerateArray().First(e => e.GetProperty("type").GetString() == "Input.ChoiceSet");
        var values = input.GetProperty("choices").EnumerateArray()
            .Where(c => titles.Any(t => c.GetProperty("title").GetString()!.Contains(t, StringComparison.OrdinalIgnoreCase)))
            .Select(c => c.GetProperty("value").GetString()).ToList();
        Assert.Equal(titles.Length, values.Count);
        var submit = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Buttons(card).First().Data.GetRawText())!;
        submit[input.GetProperty("id").GetString()!] = JsonSerializer.SerializeToElement(string.Join(',', values));
        return Last = await Adapter.SubmitAsync(submit, _bot);
    }

    /// <summary>Presses an Action.Execute (Universal Actions invoke) as the current user; <see cref="TurnResult.CardResponse"/> is the bot's answer.</summary>
    public async Task<TurnResult> InvokeAsync(string verb, object? data, string? replyToId = null)
        => Last = await Adapter.ExecuteActionAsync(verb, data, _bot, replyToId);

    /// <summary>Presses an Action.Execute as <paramref name="user"/> in <paramref name="conversationId"/>, without touching <see cref="Last"/> (safe to run concurrently).</summary>
    public Task<TurnResult> InvokeAsAsync(ChannelAccount user, string conversationId, string verb, object? data)
    {
        var invoke = Adapter.MakeActionExecute(verb, data);
        invoke.From = user;
        invoke.Conversation = new ConversationAccount(conversationId, "personal", Adapter.Conversation.TenantId);
        return Adapter.SendAsync(invoke, _bot);
    }

    /// <summary>All text the bot showed in the last turn: message text and every TextBlock and button of its cards.</summary>
    public string Describe() => string.Join(" | ", Last.Replies.Select(r => r.Text ?? string.Join(" ", (r.Attachments ?? []).Select(a => a.Content?.GetRawText()))));

    public bool LastSaid(string text) => Describe().Contains(text, StringComparison.Ordinal)
        || Describe().Contains(JsonEncodedText.Encode(text, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString(), StringComparison.Ordinal);

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    private IEnumerable<JsonElement> NewestCards()
        => Adapter.Sent.Reverse().SelectMany(a => (a.Attachments ?? []).Where(x => x.ContentType == Attachment.AdaptiveCardContentType).Select(x => x.Content!.Value));

    private static IEnumerable<(string Title, JsonElement Data)> Buttons(JsonElement card)
    {
        var actions = card.TryGetProperty("actions", out var top) ? top.EnumerateArray().ToList() : [];
        foreach (var element in card.GetProperty("body").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "ActionSet"))
        {
            actions.AddRange(element.GetProperty("actions").EnumerateArray());
        }

        return actions.Where(a => a.TryGetProperty("data", out _)).Select(a => (a.GetProperty("title").GetString()!, a.GetProperty("data")));
    }
}
