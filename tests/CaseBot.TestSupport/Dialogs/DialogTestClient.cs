using System.Text.Json;
using System.Text.Json.Nodes;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.State;
using CaseBot.DialogEngine;
using CaseBot.DialogEngine.Prompts;
using Xunit;

namespace CaseBot.TestSupport.Dialogs;

/// <summary>
/// Sends one activity per turn through a real turn pipeline and returns the replies. Every turn builds a new ConversationState,
/// accessor and dialog over the same storage, so nothing survives in memory between turns, exactly as after a restart of the bot.
/// With <c>roundTripEveryTurn</c> the stored stack is also deserialized into <see cref="DialogState"/> and serialized back after
/// every turn (and must come out identical).
/// </summary>
public sealed class DialogTestClient(Func<Dialog> dialogFactory, bool roundTripEveryTurn = false)
{
    public const string StateProperty = "dialogState";
    private const string StorageKey = "test/conversations/conversation-1";

    public MemoryStorage Storage { get; } = new();

    public DialogTurnResult? LastResult { get; private set; }

    public int RoundTrips { get; private set; }

    /// <summary>A renderer to put in the turn state (as a host would); null keeps the default text renderer.</summary>
    public IPromptRenderer? Renderer { get; init; }

    public async Task<IReadOnlyList<string?>> SendAsync(string text)
        => Texts(await SendActivityAsync(Message(text, null)));

    /// <summary>An Adaptive Card Action.Submit: a message without text whose value is the data plus the inputs.</summary>
    public async Task<IReadOnlyList<string?>> SubmitAsync(object data)
        => Texts(await SendActivityAsync(Message(null, BotJson.ToElement(data))));

    /// <summary>An Adaptive Card Action.Execute: an adaptiveCard/action invoke carrying the data in value.action.data.</summary>
    public async Task<IReadOnlyList<string?>> ExecuteAsync(object data)
    {
        var activity = Message(null, BotJson.ToElement(new { action = new { type = "Action.Execute", verb = "answer", data }, trigger = "manual" }));
        activity.Type = ActivityTypes.Invoke;
        activity.Name = PromptInput.AdaptiveCardActionInvoke;
        return Texts(await SendActivityAsync(activity));
    }

    public async Task<IReadOnlyList<Activity>> SendActivityAsync(Activity activity)
    {
        var adapter = new TranscriptAdapter();
        var conversationState = new ConversationState(Storage);
        var accessor = conversationState.CreateProperty<DialogState>(StateProperty);
        var dialog = dialogFactory();
        await adapter.ProcessActivityAsync(
            activity,
            async (turnContext, ct) =>
            {
                if (Renderer is not null)
                {
                    turnContext.TurnState.Set(Renderer);
                }

                LastResult = await dialog.RunAsync(turnContext, accessor, ct);
                await conversationState.SaveChangesAsync(turnContext, force: false, ct);
            },
            CancellationToken.None);
        if (roundTripEveryTurn)
        {
            await RoundTripStoredStackAsync();
        }

        return adapter.Sent;
    }

    public async Task<DialogState?> ReadStackAsync()
    {
        var items = await Storage.ReadAsync([StorageKey], CancellationToken.None);
        return items.TryGetValue(StorageKey, out var item)
            ? JsonNode.Parse(item.Json)?[StateProperty]?.Deserialize<DialogState>(BotJson.Options)
            : null;
    }

    /// <summary>Stores <paramref name="stackJson"/> (a <see cref="DialogState"/>) as the conversation's stack, e.g. as an earlier version left it.</summary>
    public async Task StoreStackAsync(string stackJson)
    {
        var document = new JsonObject { [StateProperty] = JsonNode.Parse(stackJson) };
        await Storage.WriteAsync(
            new Dictionary<string, StoreItem>(StringComparer.Ordinal) { [StorageKey] = new StoreItem(document.ToJsonString(), StoreItem.AnyETag) },
            CancellationToken.None);
    }

    public T? ResultAs<T>() => LastResult?.Result is { } result ? result.Deserialize<T>(BotJson.Options) : default;

    private async Task RoundTripStoredStackAsync()
    {
        var items = await Storage.ReadAsync([StorageKey], CancellationToken.None);
        if (!items.TryGetValue(StorageKey, out var item))
        {
            return;
        }

        var document = JsonNode.Parse(item.Json)!.AsObject();
        var stored = document[StateProperty];
        var typed = stored.Deserialize<DialogState>(BotJson.Options);
        var again = JsonSerializer.SerializeToNode(typed, BotJson.Options);
        Assert.True(JsonNode.DeepEquals(stored, again), $"The stack did not survive a JSON round trip: {stored?.ToJsonString()}");
        document[StateProperty] = again;
        await Storage.WriteAsync(
            new Dictionary<string, StoreItem>(StringComparer.Ordinal) { [StorageKey] = new StoreItem(document.ToJsonString(), item.ETag) },
            CancellationToken.None);
        RoundTrips++;
    }

    private static Activity Message(string? text, JsonElement? value) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "test",
        ServiceUrl = "https://test.invalid/",
        Conversation = new ConversationAccount("conversation-1", "personal"),
        From = new ChannelAccount("user-1", "User"),
        Recipient = new ChannelAccount("bot-1", "CaseBot"),
        Text = text,
        Value = value,
        Locale = "en-GB",
    };

    private static List<string?> Texts(IReadOnlyList<Activity> activities) => activities.Select(a => a.Text).ToList();
}
