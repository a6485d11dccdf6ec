using System.Text.Json.Nodes;

namespace CaseBot.TeamsPackage.Tests.Deployment;

/// <summary>
/// What the Bicep gives the container, read from the deployments infra/check.sh evaluates offline (<c>bicep snapshot</c> of each
/// example in infra/check/, committed beside it and kept current by the check): the container app's environment variables.
/// </summary>
internal static class BicepSettings
{
    public static readonly string[] Examples = ["postgres", "sqlite"];

    public static JsonObject Snapshot(string example)
        => JsonNode.Parse(File.ReadAllText(Path.Combine(CaseBot.TestSupport.RepositoryRoot.Path, "infra", "check", example + ".snapshot.json")))!.AsObject();

    public static IEnumerable<JsonNode> Resources(string example, string type)
        => Snapshot(example)["predictedResources"]!.AsArray().Where(r => r!["type"]!.GetValue<string>() == type)!;

    public static JsonObject Container(string example)
        => Assert.Single(Resources(example, "Microsoft.App/containerApps"))!["properties"]!["template"]!["containers"]![0]!.AsObject();

    /// <summary>The environment variables of the example's container, by name.</summary>
    public static IReadOnlyDictionary<string, JsonObject> Environment(string example)
        => Container(example)["env"]!.AsArray().Select(e => e!.AsObject()).ToDictionary(e => e["name"]!.GetValue<string>(), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Every variable any example sets, as the configuration key it becomes: <c>__</c> is <c>:</c>, and an indexed list element
    /// (<c>Admin__GroupIds__0</c>) is its list (<c>Admin:GroupIds</c>).
    /// </summary>
    public static IReadOnlySet<string> Keys()
        => Examples.SelectMany(e => Environment(e).Keys).Select(ToKey).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static string ToKey(string variable)
    {
        var parts = variable.Split("__").ToList();
        if (parts.Count > 1 && parts[^1].All(char.IsAsciiDigit))
        {
            parts.RemoveAt(parts.Count - 1);
        }

        return string.Join(':', parts);
    }
}
