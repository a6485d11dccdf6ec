namespace CaseBot.TeamsPackage.Tests.Deployment;

/// <summary>
/// Every setting the host reads in production is either set by the Bicep (infra/main.bicep, as evaluated in infra/check) or listed in
/// infra/README.md with the reason it is not; a setting added to the host or to appsettings.json without either fails here.
/// </summary>
public sealed class DeploymentSettingsTests
{
    [Fact]
    public void HostSettings_AreEachSetByTheBicepOrDocumented()
    {
        var sut = SettingsCoverage.Uncovered(HostSettings.All(), BicepSettings.Keys(), DocumentedSettings.Keys());

        Assert.True(sut.Count == 0, "Settings the host reads that infra/main.bicep does not set and infra/README.md does not list "
            + "(set them in the Bicep's settings, or add them to the README's table with the reason):\n" + string.Join('\n', sut));
    }

    [Fact]
    public void Uncovered_SettingNewInAppSettings_IsReported()
    {
        var appsettings = File.ReadAllText(Path.Combine(CaseBot.TestSupport.RepositoryRoot.Path, "Bot", "appsettings.json"));
        var withNewSetting = appsettings.Insert(appsettings.LastIndexOf('}'), ", \"Surveys\": { \"PerUserPerMinute\": 30 }");

        var sut = SettingsCoverage.Uncovered(HostSettings.FromAppSettings(withNewSetting), BicepSettings.Keys(), DocumentedSettings.Keys());

        Assert.Equal(["Surveys:PerUserPerMinute"], sut);
    }

    [Fact]
    public void HostSettings_IncludeTheOptionsClassesAndTheRootIdentity()
    {
        var sut = HostSettings.FromOptionsClasses().ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.Contains("MicrosoftAppId", sut);
        Assert.Contains("CaseBoard:Domain", sut);
        Assert.Contains("BotFramework:Redelivery:ClaimLease", sut);
        Assert.Contains("Graph:Enabled", sut);
        Assert.DoesNotContain("MicrosoftAppType:IsLocalMode", sut);
    }

    [Fact]
    public void BicepVariables_AreEachAHostSettingOrAPlatformVariable()
    {
        var host = HostSettings.All();

        var sut = BicepSettings.Keys().Where(k => !host.Contains(k) && !SettingsCoverage.PlatformVariables.ContainsKey(k)).ToList();

        Assert.True(sut.Count == 0, "infra/main.bicep sets variables the host never reads (a misspelt Section__Key?):\n" + string.Join('\n', sut));
    }

    [Fact]
    public void DocumentedSettings_AreReadByTheHostAndNotSetByTheBicep()
    {
        var host = HostSettings.All();
        var bicep = BicepSettings.Keys();

        var sut = DocumentedSettings.Keys().Where(k => !host.Contains(k) || bicep.Contains(k)).ToList();

        Assert.True(sut.Count == 0, "infra/README.md lists settings the host does not read, or that the Bicep does set:\n" + string.Join('\n', sut));
    }

    [Fact]
    public void Expand_RowWithAlternatives_IsEveryKeyItNames()
    {
        var sut = DocumentedSettings.Expand("RateLimits:{Messages|Board}:{PerCaller|PerTenant}:TokenLimit").ToList();

        Assert.Equal(["RateLimits:Messages:PerCaller:TokenLimit", "RateLimits:Messages:PerTenant:TokenLimit",
            "RateLimits:Board:PerCaller:TokenLimit", "RateLimits:Board:PerTenant:TokenLimit"], sut);
    }

    [Theory]
    [InlineData("Admin__GroupIds__0", "Admin:GroupIds")]
    [InlineData("CaseBoard__Domain", "CaseBoard:Domain")]
    [InlineData("MicrosoftAppId", "MicrosoftAppId")]
    public void ToKey_EnvironmentVariable_IsItsConfigurationKey(string variable, string key)
    {
        Assert.Equal(key, BicepSettings.ToKey(variable));
    }
}
