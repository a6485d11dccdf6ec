using System.Text.Json;
using CaseBot.BotFramework.Authentication;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Connector;
using CaseBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using IMiddleware = CaseBot.BotFramework.Builder.IMiddleware;

namespace CaseBot.BotFramework.Hosting;

/// <summary>
/// Serves the messaging endpoint (as the SDK's CloudAdapter): checks the request, authenticates it, admits it only from the channels
/// and tenants the bot serves, runs the turn, and carries replies to the Connector, or back in the HTTP body for invokes and
/// <c>expectReplies</c>. Nothing is read from or written to state, and no turn runs, for a request that is refused.
/// </summary>
public sealed partial class CloudAdapter : BotAdapter
{
    private const string RefusalDetail = "This bot serves Microsoft Teams activities from its own organisation only.";

    private readonly IConnectorClient _connector;
    private readonly IChannelTokenValidator _validator;
    private readonly ChannelAccessPolicy _access;
    private readonly BotFrameworkAuthenticationOptions _identity;
    private readonly ILogger<CloudAdapter> _logger;

    public CloudAdapter(
        IConnectorClient connector,
        IChannelTokenValidator validator,
        ChannelAccessPolicy access,
        IOptions<BotFrameworkAuthenticationOptions> identity,
        IEnumerable<IMiddleware> middleware,
        TurnErrorHandler errorHandler,
        ILogger<CloudAdapter> logger)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(middleware);
        ArgumentNullException.ThrowIfNull(errorHandler);
        _connector = connector;
        _validator = validator;
        _access = access;
        _identity = identity.Value;
        _logger = logger;
        foreach (var m in middleware)
        {
            Use(m);
        }

        OnTurnError = errorHandler.HandleAsync;
    }

    /// <summary>Handles one HTTP request to the messaging endpoint: admits it (unless middleware already has) and runs its turn.</summary>
    public async Task ProcessAsync(HttpContext httpContext, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(bot);
        if ((httpContext.Features.Get<AdmittedActivity>() ?? await AdmitAsync(httpContext, cancellationToken)) is not { } admitted)
        {
            return;
        }

        var activity = admitted.Activity;
        var turn = new InboundTurn(string.Equals(activity.DeliveryMode, "expectReplies", StringComparison.OrdinalIgnoreCase));
        var context = new TurnContext(this, activity);
        context.TurnState.Set(turn);
        await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken);
        await WriteTurnResultAsync(httpContext, activity, turn, cancellationToken);
    }

    /// <summary>
    /// Reads and checks the request, authenticates it (unless in local mode) and applies <see cref="ChannelAccessPolicy"/>. Admitted:
    /// the activity, also set on the request's features. Refused: null, with the answer written (401/403/503, problem details for the
    /// request's own faults, 200 for the Playground's probe) and a log line that names no one.
    /// </summary>
    public async Task<AdmittedActivity?> AdmitAsync(HttpContext httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var request = await InboundRequest.ReadAsync(httpContext, _identity.IsLocalMode, cancellationToken);
        if (request.Rejection is { } rejection)
        {
            if (rejection.Status >= 400)
            {
                LogRequestRejected(_logger, rejection.Status, rejection.Title, rejection.Reason);
            }

            await rejection.WriteAsync(httpContext, cancellationToken);
            return null;
        }

        var activity = request.Activity!;
        if (!_identity.IsLocalMode)
        {
            var outcome = await _validator.AuthenticateAsync(httpContext.Request.Headers.Authorization, activity, cancellationToken);
            if (!outcome.Succeeded)
            {
                httpContext.Response.StatusCode = outcome.HttpStatus;
                return null;
            }
        }

        var decision = _access.Decide(activity);
        if (!decision.IsAdmitted)
        {
            // Another channel, tenant or Connector host than this bot serves: a warning, with the reason code only.
            LogActivityRefused(_logger, decision.RefusedBecause!);
            await new RequestRejection(StatusCodes.Status403Forbidden, "Activity refused", RefusalDetail, decision.RefusedBecause)
                .WriteAsync(httpContext, cancellationToken);
            return null;
        }

        var admitted = new AdmittedActivity(activity, decision.TenantId, decision.AadObjectId);
        httpContext.Features.Set(admitted);
        return admitted;
    }

    public override async Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(
        ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var turn = turnContext.TurnState.Get<InboundTurn>();
        var responses = new List<ResourceResponse>(activities.Count);
        foreach (var activity in activities)
        {
            if (activity.Type == ActivityTypes.InvokeResponse)
            {
                if (turn is not null)
                {
                    turn.InvokeResponse = activity.Value?.Deserialize<InvokeResponse>(BotJson.Options);
                }

                responses.Add(new ResourceResponse(null));
            }
            else if (activity.Type == ActivityTypes.Trace)
            {
                responses.Add(new ResourceResponse(null));
            }
            else if (turn is { ExpectReplies: true })
            {
                activity.Id ??= Guid.NewGuid().ToString("N");
                turn.BufferedReplies.Add(activity);
                responses.Add(new ResourceResponse(activity.Id));
            }
            else
            {
                var serviceUrl = activity.ServiceUrl ?? throw new InvalidOperationException("The activity has no serviceUrl.");
                responses.Add(await _connector.ReplyToActivityAsync(serviceUrl, activity, cancellationToken));
            }
        }

        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var serviceUrl = activity.ServiceUrl ?? throw new InvalidOperationException("The activity has no serviceUrl.");
        return _connector.UpdateActivityAsync(serviceUrl, activity, cancellationToken);
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return _connector.DeleteActivityAsync(
            reference.ServiceUrl ?? throw new InvalidOperationException("The reference has no serviceUrl."),
            reference.Conversation?.Id ?? throw new InvalidOperationException("The reference has no conversation."),
            reference.ActivityId ?? throw new InvalidOperationException("The reference names no activity."),
            cancellationToken);
    }

    /// <summary>Opens a 1:1 conversation with a user (Teams: the app must be installed for them) and returns its reference.</summary>
    public async Task<ConversationReference> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, string channelId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var created = await _connector.CreateConversationAsync(serviceUrl, parameters, cancellationToken);
        return new ConversationReference
        {
            ChannelId = channelId,
            ServiceUrl = created.ServiceUrl ?? serviceUrl,
            Bot = parameters.Bot,
            User = parameters.Members?.FirstOrDefault(),
            Conversation = new ConversationAccount(
                created.Id ?? string.Empty, parameters.IsGroup == true ? null : "personal", parameters.TenantId, isGroup: parameters.IsGroup),
        };
    }

    private static async Task WriteTurnResultAsync(HttpContext httpContext, Activity activity, InboundTurn turn, CancellationToken cancellationToken)
    {
        if (activity.Type == ActivityTypes.Invoke)
        {
            var invoke = turn.InvokeResponse ?? new InvokeResponse(501);
            httpContext.Response.StatusCode = invoke.Status;
            if (invoke.Body is { } body)
            {
                await httpContext.Response.WriteAsJsonAsync(body, BotJson.Options, cancellationToken);
            }

            return;
        }

        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        if (turn.ExpectReplies)
        {
            await httpContext.Response.WriteAsJsonAsync(new ExpectedReplies(turn.BufferedReplies), BotJson.Options, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Request to the messaging endpoint refused with {Status}: {Title} ({Reason})")]
    private static partial void LogRequestRejected(ILogger logger, int status, string title, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activity refused with 403 before its turn: {Reason}")]
    private static partial void LogActivityRefused(ILogger logger, string reason);

    private sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
}
