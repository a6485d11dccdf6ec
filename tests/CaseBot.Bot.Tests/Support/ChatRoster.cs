using CaseBot.BotFramework.Builder;
using CaseBot.Dialogs.Attendees;

namespace CaseBot.Bot.Tests.Support;

/// <summary>
/// A group chat's members as Teams would list them (the host reads them from the Connector, which the test adapter has not got);
/// null makes the roster call fail. The harness's default is an empty chat.
/// </summary>
internal sealed class ChatRoster : IChatMembers
{
    public IReadOnlyList<string?>? Members { get; set; } = [];

    public int Reads { get; private set; }

    public Task<IReadOnlyList<string?>> AadObjectIdsAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Reads++;
        return Members is { } members ? Task.FromResult(members) : throw new HttpRequestException("The Connector did not answer.");
    }
}
