using System.Net;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Tab;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace CaseBot.Bot.Calendar;

/// <summary>
/// CaseBot into a meeting's chat through Graph with application permissions: installs the app in the chat (which installs it in the
/// meeting; TeamsAppInstallation.ReadWriteSelfForChat.All) and pins the case's tab (TeamsTab.ReadWriteSelfForChat.All) at the
/// address the configurable tab saves, <c>/tab?case=REF</c>. The app is found in the organisation's catalogue by its manifest id
/// (AppCatalog.Read.All). Already installed (409) and a tab already pinned count as done, so booking and rescheduling may repeat it.
/// </summary>
internal sealed partial class GraphMeetingChatSetup(
    GraphServiceClient graph, IOptions<GraphOptions> options, IOptions<TabOptions> board, ILogger<GraphMeetingChatSetup> logger) : IMeetingChatSetup
{
    private string? _catalogId;

    public async Task<bool> SetUpAsync(string chatId, CaseReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var domain = board.Value.Domain;
        if (string.IsNullOrWhiteSpace(options.Value.TeamsAppId) || string.IsNullOrWhiteSpace(domain) || !MeetingChats.IsMeetingChat(chatId))
        {
            LogNotConfigured(logger);
            return false;
        }

        try
        {
            var app = await CatalogIdAsync(options.Value.TeamsAppId, cancellationToken);
            if (app is null)
            {
                LogNotInCatalogue(logger);
                return false;
            }

            var bind = $"{graph.RequestAdapter.BaseUrl}/appCatalogs/teamsApps/{app}";
            await InstallAsync(chatId, bind, cancellationToken);
            await PinAsync(chatId, bind, reference, $"https://{domain}/tab?case={Uri.EscapeDataString(reference.Value)}", cancellationToken);
            LogSetUp(logger);
            return true;
        }
        catch (Exception error) when (GraphFailures.Classify(error, cancellationToken) is { } failure)
        {
            LogFailed(logger, failure, (error as ApiException)?.ResponseStatusCode);
            return false;
        }
    }

    private async Task<string?> CatalogIdAsync(string manifestId, CancellationToken cancellationToken)
    {
        if (_catalogId is { } known)
        {
            return known;
        }

        var apps = await graph.AppCatalogs.TeamsApps.GetAsync(
            request => request.QueryParameters.Filter = $"externalId eq '{manifestId.Replace("'", "''", StringComparison.Ordinal)}'", cancellationToken);
        return _catalogId = apps?.Value?.FirstOrDefault()?.Id;
    }

    private async Task InstallAsync(string chatId, string bind, CancellationToken cancellationToken)
    {
        try
        {
            await graph.Chats[chatId].InstalledApps.PostAsync(
                new TeamsAppInstallation { AdditionalData = new Dictionary<string, object> { ["teamsApp@odata.bind"] = bind } },
                cancellationToken: cancellationToken);
        }
        catch (ApiException error) when (error.ResponseStatusCode == (int)HttpStatusCode.Conflict)
        {
            // Installed already: by an earlier booking of the same meeting, a reschedule, or someone by hand.
        }
    }

    private async Task PinAsync(string chatId, string bind, CaseReference reference, string url, CancellationToken cancellationToken)
    {
        var entityId = $"case-{reference.Value}";
        var tabs = await graph.Chats[chatId].Tabs.GetAsync(cancellationToken: cancellationToken);
        if (tabs?.Value?.Exists(t => t.Configuration?.EntityId == entityId) == true)
        {
            return;
        }

        await graph.Chats[chatId].Tabs.PostAsync(
            new TeamsTab
            {
                DisplayName = $"Case {reference.Value}",
                Configuration = new TeamsTabConfiguration { EntityId = entityId, ContentUrl = url, WebsiteUrl = url },
                AdditionalData = new Dictionary<string, object> { ["teamsApp@odata.bind"] = bind },
            },
            cancellationToken: cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "CaseBot and the case's tab are in the meeting's chat")]
    private static partial void LogSetUp(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not joining the meeting's chat: Graph:TeamsAppId or CaseBoard:Domain is not set")]
    private static partial void LogNotConfigured(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not joining the meeting's chat: the app is not in the organisation's catalogue (Graph:TeamsAppId)")]
    private static partial void LogNotInCatalogue(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Joining the meeting's chat failed: {Failure} (HTTP {Status}); the lead can add CaseBot to the meeting by hand")]
    private static partial void LogFailed(ILogger logger, CalendarFailure failure, int? status);
}
