using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CaseBot.TeamsPackage.Tests.Deployment;

/// <summary>What the Bicep asks Azure for (infra/check's evaluated examples), held to what the host and Teams need.</summary>
public sealed partial class DeploymentSnapshotTests
{
    private static readonly string Root = CaseBot.TestSupport.RepositoryRoot.Path;

    public static TheoryData<string> Examples => [.. BicepSettings.Examples];

    [Theory]
    [MemberData(nameof(Examples))]
    public void ContainerApp_HttpsOnlyOnTheDockerfilesPort(string example)
    {
        var app = Assert.Single(BicepSettings.Resources(example, "Microsoft.App/containerApps"))!["properties"]!;
        var port = int.Parse(ExposedPort().Match(File.ReadAllText(Path.Combine(Root, "Dockerfile"))).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        var ingress = app["configuration"]!["ingress"]!;

        Assert.True(ingress["external"]!.GetValue<bool>());
        Assert.False(ingress["allowInsecure"]!.GetValue<bool>());
        Assert.Equal(port, ingress["targetPort"]!.GetValue<int>());
        Assert.Equal($"http://+:{port}", BicepSettings.Environment(example)["URLS"]["value"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void ContainerApp_ProbesHealthzForStartAndReadiness(string example)
    {
        var probes = BicepSettings.Container(example)["probes"]!.AsArray();

        foreach (var type in new[] { "Startup", "Readiness" })
        {
            var probe = Assert.Single(probes, p => p!["type"]!.GetValue<string>() == type)!;
            Assert.Equal("/healthz", probe["httpGet"]!["path"]!.GetValue<string>());
        }

        Assert.Null(Assert.Single(probes, p => p!["type"]!.GetValue<string>() == "Liveness")!["httpGet"]);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Secrets_ReachTheContainerOnlyAsReferences(string example)
    {
        var app = Assert.Single(BicepSettings.Resources(example, "Microsoft.App/containerApps"))!["properties"]!;
        var secrets = app["configuration"]!["secrets"]!.AsArray().ToDictionary(s => s!["name"]!.GetValue<string>(), s => s!);
        var env = BicepSettings.Environment(example);

        foreach (var name in new[] { "MicrosoftAppPassword", "ConnectionStrings__CaseBot" }.Where(env.ContainsKey))
        {
            Assert.Null(env[name]["value"]);
            var secret = secrets[env[name]["secretRef"]!.GetValue<string>()];
            Assert.NotNull(secret["keyVaultUrl"]);
        }

        Assert.All(env.Values.Where(e => e["secretRef"] is not null), e => Assert.True(secrets.ContainsKey(e["secretRef"]!.GetValue<string>())));
    }

    [Fact]
    public void Postgres_HasNoPublicEndpoint()
    {
        var server = Assert.Single(BicepSettings.Resources("postgres", "Microsoft.DBforPostgreSQL/flexibleServers"))!["properties"]!;

        Assert.Equal("Disabled", server["network"]!["publicNetworkAccess"]!.GetValue<string>());
        Assert.NotNull(server["network"]!["delegatedSubnetResourceId"]);
        Assert.Equal("Postgres", BicepSettings.Environment("postgres")["Storage__Provider"]["value"]!.GetValue<string>());
    }

    [Fact]
    public void Sqlite_OneReplicaWithTheFileOnTheMountedShare()
    {
        var template = Assert.Single(BicepSettings.Resources("sqlite", "Microsoft.App/containerApps"))!["properties"]!["template"]!;
        var mount = Assert.Single(BicepSettings.Container("sqlite")["volumeMounts"]!.AsArray())!;

        Assert.Equal(1, template["scale"]!["maxReplicas"]!.GetValue<int>());
        Assert.Equal("/app/data", mount["mountPath"]!.GetValue<string>());
        Assert.StartsWith("/app/data/", BicepSettings.Environment("sqlite")["Storage__SqlitePath"]["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(BicepSettings.Resources("sqlite", "Microsoft.DBforPostgreSQL/flexibleServers"));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void AzureBot_IsTheHostsIdentityWithTheTeamsChannel(string example)
    {
        var bot = Assert.Single(BicepSettings.Resources(example, "Microsoft.BotService/botServices"))!["properties"]!;
        var env = BicepSettings.Environment(example);

        Assert.Equal(env["MicrosoftAppType"]["value"]!.GetValue<string>(), bot["msaAppType"]!.GetValue<string>());
        Assert.Equal(env["MicrosoftAppId"]["value"]!.GetValue<string>(), bot["msaAppId"]!.GetValue<string>());
        // Both are still expressions (the host name is the environment's, known once it exists): the same host in each.
        var host = env["CaseBoard__Domain"]["value"]!.GetValue<string>()[1..^1];
        Assert.Equal($"[format('https://{{0}}/api/messages', {host})]", bot["endpoint"]!.GetValue<string>());
        Assert.Single(BicepSettings.Resources(example, "Microsoft.BotService/botServices/channels"), c => c!["properties"]!["channelName"]!.GetValue<string>() == "MsTeamsChannel");
    }

    [Fact]
    public void EntraManifest_PreAuthorisesTheClientsTheManualRouteLists()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "aad.manifest.json")))!;
        var manual = File.ReadAllText(Path.Combine(Root, "docs", "manual-deployment.md"));
        var listed = ClientIds().Matches(manual[manual.IndexOf("Authorized client applications", StringComparison.Ordinal)..]).Select(m => m.Value).Distinct();

        var sut = manifest["api"]!["preAuthorizedApplications"]!.AsArray().Select(a => a!["appId"]!.GetValue<string>());

        Assert.Equal(listed.Order(), sut.Order());
        Assert.Equal("access_as_user", Assert.Single(manifest["api"]!["oauth2PermissionScopes"]!.AsArray())!["value"]!.GetValue<string>());
    }

    [Fact]
    public void EntraManifest_ApiIsTheOneTheTeamsManifestNames()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "aad.manifest.json")))!;
        var teams = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "manifest", "manifest.json")))!;

        var sut = Assert.Single(manifest["identifierUris"]!.AsArray())!.GetValue<string>();

        Assert.Equal(teams["webApplicationInfo"]!["resource"]!.GetValue<string>(), sut);
        Assert.Equal(teams["webApplicationInfo"]!["id"]!.GetValue<string>(), manifest["appId"]!.GetValue<string>());
    }

    [Fact]
    public void EntraManifest_RequestsTheGraphApplicationPermissionsForBookingAndJoiningTheMeeting()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "aad.manifest.json")))!;

        var sut = manifest["requiredResourceAccess"]!.AsArray().Single(r => r!["resourceAppId"]!.GetValue<string>() == "Microsoft Graph")!["resourceAccess"]!
            .AsArray().Where(a => a!["type"]!.GetValue<string>() == "Role").Select(a => a!["id"]!.GetValue<string>());

        // Joining the meeting: the Self...ForChat permissions reach only CaseBot's own installation and tabs, never other apps'.
        Assert.Equal(
            ["AppCatalog.Read.All", "Calendars.Read", "Calendars.ReadWrite", "TeamsAppInstallation.ReadWriteSelfForChat.All", "TeamsTab.ReadWriteSelfForChat.All", "User.Read.All"],
            sut.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"^EXPOSE (\d+)$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ExposedPort();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.CultureInvariant)]
    private static partial Regex ClientIds();
}
