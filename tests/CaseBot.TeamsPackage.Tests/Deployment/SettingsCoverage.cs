namespace CaseBot.TeamsPackage.Tests.Deployment;

/// <summary>Which settings the host reads that neither the Bicep sets nor infra/README.md lists.</summary>
internal static class SettingsCoverage
{
    /// <summary>Variables the Bicep sets for the platform rather than for CaseBot's own settings, with the reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> PlatformVariables = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        // Read by the Azure Monitor OpenTelemetry exporter and Application Insights SDKs, which the host does not use yet; its logs reach
        // Log Analytics from the console (infra/README.md, "Logs and telemetry").
        ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "for an Application Insights exporter",
    };

    public static IReadOnlyList<string> Uncovered(IEnumerable<string> hostSettings, IReadOnlySet<string> setByBicep, IReadOnlySet<string> documented)
        => [.. hostSettings.Where(s => !setByBicep.Contains(s) && !documented.Contains(s)).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
}
