using CaseBot.BotFramework.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseBot.Bot.Tests.Support;

/// <summary>
/// The real host (Program) on loopback Kestrel with a throwaway SQLite folder, whatever settings a test adds, and optionally its logs
/// captured. Local mode is turned on explicitly unless the test gives the bot an app id (a bot cannot be both).
/// </summary>
public sealed class CaseBotFactory : WebApplicationFactory<Program>
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "casebot-host-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _settings;
    private readonly CapturingLoggerProvider? _logs;

    public CaseBotFactory(Dictionary<string, string?>? settings = null)
        : this(settings, null)
    {
    }

    internal CaseBotFactory(Dictionary<string, string?>? settings, CapturingLoggerProvider? logs)
    {
        _settings = settings ?? [];
        _logs = logs;
        Directory.CreateDirectory(_contentRoot);
        UseKestrel(0);
    }

    public string ContentRoot => _contentRoot;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Storage:SqlitePath", Path.Combine(_contentRoot, "data", "casebot.db"));
        builder.UseSetting("BotFramework:ConnectorRetry:BaseDelay", "00:00:00.010");
        var appId = _settings.GetValueOrDefault("MicrosoftAppId");
        builder.UseSetting(BotFrameworkAuthenticationOptions.LocalModeSetting, string.IsNullOrWhiteSpace(appId) ? "true" : "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_logs is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(_logs));
        }
    }
}
