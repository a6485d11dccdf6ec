namespace CaseBot.TeamsPackage;

/// <summary>
/// Reads the packaging settings from the environment and <c>--NAME value</c> arguments, and checks them: the app and bot ids are
/// GUIDs, the URLs are https, the domain is a bare host name. The bot id falls back to <c>MicrosoftAppId</c>.
/// </summary>
public static class PackageSettings
{
    public static readonly string[] Names = ["TEAMS_APP_ID", "BOT_ID", "BOT_DOMAIN", "DEVELOPER_NAME", "DEVELOPER_WEBSITE_URL", "PRIVACY_URL", "TERMS_OF_USE_URL"];

    public static Dictionary<string, string> Read(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in Names)
        {
            var value = environment(name) ?? (name == "BOT_ID" ? environment("MicrosoftAppId") : null);
            if (!string.IsNullOrWhiteSpace(value))
            {
                settings[name] = value.Trim();
            }
        }

        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            settings[args[i].TrimStart('-').ToUpperInvariant().Replace('-', '_')] = args[i + 1].Trim();
        }

        Check(settings);
        return settings;
    }

    private static void Check(Dictionary<string, string> settings)
    {
        var problems = new List<string>();
        foreach (var id in new[] { "TEAMS_APP_ID", "BOT_ID" })
        {
            if (settings.TryGetValue(id, out var value) && !Guid.TryParse(value, out _))
            {
                problems.Add($"{id} must be a GUID");
            }
        }

        foreach (var url in new[] { "DEVELOPER_WEBSITE_URL", "PRIVACY_URL", "TERMS_OF_USE_URL" })
        {
            if (settings.TryGetValue(url, out var value) && !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
            {
                problems.Add($"{url} must be an https URL");
            }
        }

        if (settings.TryGetValue("BOT_DOMAIN", out var domain) && Uri.CheckHostName(domain) != UriHostNameType.Dns)
        {
            problems.Add("BOT_DOMAIN must be a host name such as casebot.example.org (no scheme or path)");
        }

        if (problems.Count > 0)
        {
            throw new PackageSettingsException(string.Join("; ", problems) + ".");
        }
    }
}
