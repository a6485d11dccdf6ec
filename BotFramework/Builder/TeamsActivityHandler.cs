using System.Text.Json;
using CaseBot.BotFramework.Schema;

namespace CaseBot.BotFramework.Builder;

/// <summary>
/// The Teams-specific dispatch of Microsoft.Bot.Builder.Teams.TeamsActivityHandler that CaseBot needs: a meeting's start and end
/// events, from the <c>msteams</c> channel only. An event whose value cannot be read is ignored, as the SDK's would fail the turn
/// for an event nobody can act on.
/// </summary>
public abstract class TeamsActivityHandler : ActivityHandler
{
    public const string MeetingStartEventName = "application/vnd.microsoft.meetingStart";
    public const string MeetingEndEventName = "application/vnd.microsoft.meetingEnd";

    protected override Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.ChannelId != "msteams")
        {
            return Task.CompletedTask;
        }

        return activity.Name switch
        {
            MeetingStartEventName when Read<MeetingStartEventDetails>(activity.Value) is { } start
                => OnTeamsMeetingStartAsync(start, turnContext, cancellationToken),
            MeetingEndEventName when Read<MeetingEndEventDetails>(activity.Value) is { } end
                => OnTeamsMeetingEndAsync(end, turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    /// <summary>Someone started the meeting whose chat this is (the turn's conversation is the meeting's chat).</summary>
    protected virtual Task OnTeamsMeetingStartAsync(MeetingStartEventDetails meeting, ITurnContext turnContext, CancellationToken cancellationToken)
        => Task.CompletedTask;

    /// <summary>The meeting whose chat this is has ended.</summary>
    protected virtual Task OnTeamsMeetingEndAsync(MeetingEndEventDetails meeting, ITurnContext turnContext, CancellationToken cancellationToken)
        => Task.CompletedTask;

    private static T? Read<T>(JsonElement? value)
        where T : class
    {
        if (value is not { ValueKind: JsonValueKind.Object } element)
        {
            return null;
        }

        try
        {
            return element.Deserialize<T>(BotJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
