using System.Text.Json;
using CaseBot.Bot.Tests.Support;
using CaseBot.BotFramework.Builder;
using CaseBot.Dialogs.Root;

namespace CaseBot.Bot.Tests.Conversations;

/// <summary>Every command the Teams manifest advertises is one the bot really handles.</summary>
public sealed class ManifestCommandTests
{
    public static TheoryData<string> ManifestCommands()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(CaseBot.TestSupport.RepositoryRoot.Path, "manifest", "manifest.json")));
        var titles = manifest.RootElement.GetProperty("bots").EnumerateArray()
            .SelectMany(b => b.GetProperty("commandLists").EnumerateArray())
            .SelectMany(l => l.GetProperty("commands").EnumerateArray())
            .Select(c => c.GetProperty("title").GetString()!)
            .Distinct();
        return new TheoryData<string>(titles);
    }

    [Theory]
    [MemberData(nameof(ManifestCommands))]
    public async Task Command_FromManifest_GetsARealAnswer(string command)
    {
        await using var sut = await ConversationHarness.StartAsync();

        await sut.SayAsync(command);

        Assert.NotEmpty(sut.Last.Replies);
        Assert.False(sut.LastSaid(RootText.NotUnderstood), $"'{command}' is not understood");
        Assert.False(sut.LastSaid(BotMessages.TurnFailed), $"'{command}' failed");
    }
}
