using CaseBot.EndToEnd.Tests.Support;

namespace CaseBot.EndToEnd.Tests.Journeys;

/// <summary>A manager opens CaseBot in the Playground: the welcome appears, and help lists the commands.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class WelcomeJourneyTests(SandboxFixture fixture)
{
    [Fact]
    public async Task OpenChat_ShowsWelcome_AndHelpListsCommands()
    {
        var chat = await fixture.Sandbox.OpenChatAsync("welcome");

        await chat.ExpectBotTextAsync("Hello, I'm", "welcome");
        await chat.TypeAsync("help");
        await chat.ExpectBotTextAsync("my actions", "help");
    }
}
