using CaseBot.TeamsPackage;

// Usage: ./package.sh [--NAME value ...]; settings also come from environment variables of the same names.
var root = args.Length > 0 && Directory.Exists(args[0]) ? args[0] : FindRoot();
var rest = args.Length > 0 && Directory.Exists(args[0]) ? args[1..] : args;
try
{
    var settings = PackageSettings.Read(rest, Environment.GetEnvironmentVariable);
    var zip = Path.Combine(root, "appPackage", "casebot.zip");
    TeamsAppPackage.Write(Path.Combine(root, "manifest"), settings, zip);
    Console.WriteLine($"Wrote {zip}");
    return 0;
}
catch (PackageSettingsException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine("Settings: " + string.Join(", ", PackageSettings.Names) + " (environment variables or --NAME value).");
    return 2;
}

static string FindRoot()
{
    var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CaseBot.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
