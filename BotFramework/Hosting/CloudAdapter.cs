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
/// Serves the messaging endpoint (as the SDK's CloudAdapter): checks the request, authenticates it, runs the turn, and carries
/// replies to the Connector, or back in the HTTP body for invokes and <c>expectReplies</c>.
/// </summary>
public sealed partial class CloudAdapter : BotAdapter
{
    private readonly IConnectorClient _connector;
    private readonly IChannelTokenValidator _validator;
    private readonly BotFrameworkAuthenticationOptions _identity;
    private readonly ILogger<CloudAdapter> _logger;

    public CloudAdapter(
        IConnectorClient connector,
        IChannelTokenValidator validator,
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
        _identity = identity.Value;
        _logger = logger;
        foreach (var m in middleware)
        {
            Use(m);
        }

        OnTurnError = errorHandler.HandleAsync;
    }

    /// <summary>Handles one HTTP request to the messaging endpoint.</summary>
    public async Task ProcessAsync(HttpContext httpContext, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(bot);
        var request = await InboundRequest.ReadAsync(httpContext, _identity.IsLocalMode, cancellationToken);
        if (request.Rejection is { } rejection)
        {
            if (rejection.Status >= 400)
            {
                LogRequestRejected(_logger, rejection.Status, rejection.Title);
            }

            await rejection.WriteAsync(httpContext, cancellationToken);
            return;
        }

        var activity = request.Activity!;
        if (!_identity.IsLocalMode)
        {
            var outcome = await _validator.AuthenticateAsync(httpContext.Request.Headers.Authorization, activity, cancellationToken);
            if (!outcome.Succeeded)
            {
                httpContext.Response.StatusCode = outcome.HttpStatus;
                return;
            }
        }

        var turn = new InboundTurn(string.Equals(activity.DeliveryMode, "expectReplies", StringComparison.OrdinalIgnoreCase));
        var context = new TurnContext(this, activity);
        context.TurnState.Set(turn);
        await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken);
        await WriteTurnResultAsync(httpContext, activity, turn, cancellationToken);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Request to the messaging endpoint refused with {Status}: {Title}")]
    private static partial void LogRequestRejected(ILogger logger, int status, string title);

    private sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
}
