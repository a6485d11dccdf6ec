using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace CaseBot.TeamsPackage.Tests;

/// <summary>The Teams app package: filled manifest valid against the official schema, icons as Teams wants them, zip layout.</summary>
public sealed class TeamsPackageTests
{
    private static readonly string Root = CaseBot.TestSupport.RepositoryRoot.Path;
    private static readonly string ManifestFolder = Path.Combine(Root, "manifest");

    internal static Dictionary<string, string> Settings { get; } = new()
    {
        ["TEAMS_APP_ID"] = "6f1c2b8e-0a4d-4e1f-9a3b-2c7d5e8f9a01",
        ["BOT_ID"] = "11111111-2222-3333-4444-555555555555",
        ["BOT_DOMAIN"] = "casebot.example.org",
        ["DEVELOPER_NAME"] = "Example Council OH Service",
        ["DEVELOPER_WEBSITE_URL"] = "https://www.example.org/oh",
        ["PRIVACY_URL"] = "https://www.example.org/oh/privacy",
        ["TERMS_OF_USE_URL"] = "https://www.example.org/oh/terms",
    };

    [Fact]
    public void Fill_Template_ValidatesAgainstTheOfficialTeamsSchema()
    {
        var manifest = JsonNode.Parse(TeamsAppPackage.Fill(File.ReadAllText(Path.Combine(ManifestFolder, "manifest.json")), Settings))!;
        var version = manifest["manifestVersion"]!.GetValue<string>();
        var schema = LoadSchema(version);

        var result = schema.Evaluate(manifest, new EvaluationOptions { OutputFormat = OutputFormat.List, EvaluateAs = SpecVersion.Draft7, RequireFormatValidation = true });

        var errors = result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).ToList();
        Assert.True(result.IsValid, "Schema errors:\n" + string.Join('\n', errors));
        Assert.EndsWith($"/v{version}/MicrosoftTeams.schema.json", manifest["$schema"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BrokenManifest_IsReportedByTheSchema()
    {
        var manifest = JsonNode.Parse(TeamsAppPackage.Fill(File.ReadAllText(Path.Combine(ManifestFolder, "manifest.json")), Settings))!;
        manifest["accentColor"] = "blue";
        manifest["bots"]![0]!["scopes"] = new JsonArray("everywhere");
        var schema = LoadSchema(manifest["manifestVersion"]!.GetValue<string>());

        var result = schema.Evaluate(manifest, new EvaluationOptions { OutputFormat = OutputFormat.List, EvaluateAs = SpecVersion.Draft7 });

        Assert.False(result.IsValid);
    }

    [Fact]
    public void Fill_MissingSetting_NamesIt()
    {
        var partial = new Dictionary<string, string>(Settings);
        partial.Remove("BOT_DOMAIN");

        var error = Assert.Throws<PackageSettingsException>(() => TeamsAppPackage.Fill(File.ReadAllText(Path.Combine(ManifestFolder, "manifest.json")), partial));

        Assert.Contains("BOT_DOMAIN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_HoldsNoSecretsOrRealIds()
    {
        var template = File.ReadAllText(Path.Combine(ManifestFolder, "manifest.json"));

        Assert.DoesNotMatch("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", template);
        Assert.Equal(PackageSettings.Names.Order(), TeamsAppPackage.PlaceholdersIn(template).Order());
    }

    [Theory]
    [InlineData("TEAMS_APP_ID", "not-a-guid")]
    [InlineData("PRIVACY_URL", "http://insecure.example.org")]
    [InlineData("BOT_DOMAIN", "https://casebot.example.org/api")]
    public void Read_MalformedSetting_IsRefused(string name, string value)
    {
        var environment = new Dictionary<string, string>(Settings) { [name] = value };

        Assert.Throws<PackageSettingsException>(() => PackageSettings.Read([], n => environment.GetValueOrDefault(n)));
    }

    [Fact]
    public void Read_BotIdFallsBackToMicrosoftAppId()
    {
        var environment = new Dictionary<string, string>(Settings);
        environment.Remove("BOT_ID");
        environment["MicrosoftAppId"] = "22222222-2222-3333-4444-555555555555";

        var sut = PackageSettings.Read([], n => environment.GetValueOrDefault(n));

        Assert.Equal("22222222-2222-3333-4444-555555555555", sut["BOT_ID"]);
    }

    [Fact]
    public void Write_Zip_HasManifestAndIconsAtTheRoot()
    {
        var zipPath = Path.Combine(Path.GetTempPath(), $"casebot-{Guid.NewGuid():N}.zip");
        try
        {
            TeamsAppPackage.Write(ManifestFolder, Settings, zipPath);

            using var zip = ZipFile.OpenRead(zipPath);
            Assert.Equal(TeamsAppPackage.FileNames.Order(), zip.Entries.Select(e => e.FullName).Order());
            using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
            Assert.Equal(Settings["BOT_ID"], manifest.RootElement.GetProperty("bots")[0].GetProperty("botId").GetString());
        }
        finally
        {
            File.Delete(zipPath);
        }
    }

    [Fact]
    public void ColorIcon_Is192SquareAndOpaque()
    {
        var sut = PngImage.Read(File.ReadAllBytes(Path.Combine(ManifestFolder, "color.png")));

        Assert.Equal((192, 192), (sut.Width, sut.Height));
        Assert.Equal(255, sut.Pixel(0, 0).A);
        Assert.Equal(255, sut.Pixel(96, 96).A);
    }

    [Fact]
    public void OutlineIcon_Is32SquareWhiteOnTransparent()
    {
        var sut = PngImage.Read(File.ReadAllBytes(Path.Combine(ManifestFolder, "outline.png")));

        Assert.Equal((32, 32), (sut.Width, sut.Height));
        Assert.True(sut.HasAlpha);
        var pixels = Enumerable.Range(0, 32).SelectMany(y => Enumerable.Range(0, 32).Select(x => sut.Pixel(x, y))).ToList();
        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
    }

    /// <summary>
    /// The official schema from npm @microsoft/app-manifest. It declares draft-04 but also uses draft-06 keywords such as
    /// "const"; JsonSchema.Net has no draft-04 meta-schema, so the schema is evaluated as draft-07, which checks every keyword
    /// it uses (the draft-04-only forms, "id" and boolean exclusiveMinimum, do not occur in it).
    /// </summary>
    private static JsonSchema LoadSchema(string version)
    {
        var text = File.ReadAllText(SchemaPath(version));
        Assert.DoesNotContain("\"exclusiveMinimum\": true", text, StringComparison.Ordinal);
        var node = JsonNode.Parse(text)!.AsObject();
        node["$schema"] = "http://json-schema.org/draft-07/schema#";
        return JsonSchema.FromText(node.ToJsonString());
    }

    private static string SchemaPath(string version)
    {
        var folder = Path.Combine(Root, "tools", "teams-schemas");
        var path = Path.Combine(folder, "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams", "v" + version, "MicrosoftTeams.schema.json");
        if (!File.Exists(path))
        {
            using var npm = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("npm", "ci --no-audit --no-fund --ignore-scripts --loglevel=error") { WorkingDirectory = folder })!;
            npm.WaitForExit();
        }

        return path;
    }
}
