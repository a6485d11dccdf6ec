using System.Globalization;
using System.Text.Json;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;

namespace CaseBot.BotFramework.Testing;

/// <summary>
/// Runs turns in memory, as the SDK's TestAdapter does: every reply, update and delete is recorded instead of sent, and an invoke's
/// response is returned to the caller. For conversation tests that drive the real turn pipeline without HTTP.
/// </summary>
public sealed class TestAdapter : BotAdapter
{
    private readonly Lock _gate = new();
    private readonly List<Activity> _sent = [];
    private readonly List<Activity> _updated = [];
    private readonly List<string> _deleted = [];
    private int _nextId;

    public TestAdapter(string conversationId = "a:test-conversation", string userId = "29:test-user", string userAadObjectId = "00000000-0000-0000-0000-0000000000aa")
    {
        Conversation = new ConversationAccount(conversationId, "personal", "00000000-0000-0000-0000-0000000000t1");
        User = new ChannelAccount(userId, "Test User", userAadObjectId);
    }

    public ConversationAccount Conversation { get; }

    public ChannelAccount User { get; set; }

    public ChannelAccount Bot { get; } = new("28:test-bot", "CaseBot");

    public string ServiceUrl { get; } = "https://test.connector.local/";

    /// <summary>Everything sent since the adapter was made (across turns).</summary>
    public IReadOnlyList<Activity> Sent { get { lock (_gate) { return [.. _sent]; } } }

    public IReadOnlyList<Activity> Updated { get { lock (_gate) { return [.. _updated]; } } }

    public IReadOnlyList<string> Deleted { get { lock (_gate) { return [.. _deleted]; } } }

    /// <summary>A message from <see cref="User"/> in this conversation.</summary>
    public Activity MakeActivity(string? text = null, string type = ActivityTypes.Message) => new()
    {
        Type = type,
        Id = NextId(),
        Text = text,
        ChannelId = "msteams",
        ServiceUrl = ServiceUrl,
        From = User,
        Recipient = Bot,
        Conversation = Conversation,
        Locale = "en-GB",
    };

    /// <summary>Sends <paramref name="text"/> as the user and returns what the bot sent back during that turn.</summary>
    public Task<TurnResult> SendAsync(string text, IBot bot, CancellationToken cancellationToken = default)
        => SendAsync(MakeActivity(text), bot, cancellationToken);

    /// <summary>Sends card submit data (an Action.Submit click: no text, a value).</summary>
    public Task<TurnResult> SubmitAsync(object value, IBot bot, CancellationToken cancellationToken = default)
    {
        var activity = MakeActivity();
        activity.Value = value is JsonElement element ? element : BotJson.ToElement(value);
        return SendAsync(activity, bot, cancellationToken);
    }

    /// <summary>Runs <paramref name="activity"/> through the middleware and <paramref name="bot"/>; returns what was sent back.</summary>
    public Task<TurnResult> SendAsync(Activity activity, IBot bot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return ProcessActivityAsync(activity, bot.OnTurnAsync, cancellationToken);
    }

    /// <summary>Runs one turn with <paramref name="callback"/> as the bot (as the SDK's TestAdapter.ProcessActivityAsync).</summary>
    public async Task<TurnResult> ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(callback);
        int before;
        lock (_gate)
        {
            before = _sent.Count;
        }

        var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, callback, cancellationToken);
        lock (_gate)
        {
            var replies = _sent.Skip(before).ToList();
            var invoke = replies.LastOrDefault(a => a.Type == ActivityTypes.InvokeResponse)?.Value?.Deserialize<InvokeResponse>(BotJson.Options);
            return new TurnResult(replies.Where(a => a.Type != ActivityTypes.InvokeResponse).ToList(), invoke);
        }
    }

    public override Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(
        ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new List<ResourceResponse>();
        lock (_gate)
        {
            foreach (var activity in activities)
            {
                activity.Id ??= NextId();
                _sent.Add(activity);
                responses.Add(new ResourceResponse(activity.Id));
            }
        }

        return Task.FromResult<IReadOnlyList<ResourceResponse>>(responses);
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (_gate)
        {
            _updated.Add(activity);
        }

        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        lock (_gate)
        {
            _deleted.Add(reference.ActivityId ?? string.Empty);
        }

        return Task.CompletedTask;
    }

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
}
