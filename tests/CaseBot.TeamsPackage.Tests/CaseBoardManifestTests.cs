using System.Text.Json.Nodes;

namespace CaseBot.TeamsPackage.Tests;

/// <summary>The case board in the filled manifest: a personal "Cases" tab, a chat/channel tab for one case, and its Teams SSO registration.</summary>
public sealed class CaseBoardManifestTests
{
    private static readonly JsonNode Manifest = JsonNode.Parse(TeamsAppPackage.Fill(
        File.ReadAllText(Path.Combine(CaseBot.TestSupport.RepositoryRoot.Path, "manifest", "manifest.json")), TeamsPackageTests.Settings))!;

    private static string Domain => TeamsPackageTests.Settings["BOT_DOMAIN"];

    [Fact]
    public void StaticTabs_PersonalCasesTabOnTheBoard_KeepsTheBotChat()
    {
        var tabs = Manifest["staticTabs"]!.AsArray();

        var cases = Assert.Single(tabs, t => t!["entityId"]!.GetValue<string>() == "casebot-cases")!;
        Assert.Equal("Cases", cases["name"]!.GetValue<string>());
        Assert.Equal($"https://{Domain}/tab", cases["contentUrl"]!.GetValue<string>());
        Assert.Equal(["personal"], cases["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Contains(tabs, t => t!["entityId"]!.GetValue<string>() == "conversations");
    }

    [Fact]
    public void ConfigurableTab_ChatsAndChannels_AreSetUpOnTheBoard()
    {
        var tab = Assert.Single(Manifest["configurableTabs"]!.AsArray())!;

        Assert.Equal($"https://{Domain}/tab/configure", tab["configurationUrl"]!.GetValue<string>());
        Assert.Equal(["groupChat", "team"], tab["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Fact]
    public void WebApplicationInfo_IsTheBotsRegistrationWithTheTabsDomain()
    {
        var sso = Manifest["webApplicationInfo"]!;

        Assert.Equal(TeamsPackageTests.Settings["BOT_ID"], sso["id"]!.GetValue<string>());
        Assert.Equal($"api://{Domain}/{TeamsPackageTests.Settings["BOT_ID"]}", sso["resource"]!.GetValue<string>());
        Assert.Contains(Domain, Manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
    }

    [Fact]
    public void MeetingEvents_TheBotInGroupChatsWithTheLeastResourceSpecificPermissionTeamsNeedsToSendThem()
    {
        var bot = Assert.Single(Manifest["bots"]!.AsArray())!;
        var permissions = Manifest["authorization"]!["permissions"]!["resourceSpecific"]!.AsArray();

        Assert.Contains("groupChat", bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        var permission = Assert.Single(permissions)!;
        Assert.Equal(("OnlineMeeting.ReadBasic.Chat", "Application"), (permission["name"]!.GetValue<string>(), permission["type"]!.GetValue<string>()));
        Assert.Contains("meetingSidePanel", Assert.Single(Manifest["configurableTabs"]!.AsArray())!["context"]!.AsArray().Select(c => c!.GetValue<string>()));
    }
}
