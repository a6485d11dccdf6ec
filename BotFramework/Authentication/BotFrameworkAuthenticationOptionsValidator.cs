using Microsoft.Extensions.Options;

namespace CaseBot.BotFramework.Authentication;

/// <summary>
/// Start-up checks for the bot's identity, so a bot never runs in a mode nobody chose and a half-configured one fails at start rather
/// than at the first Connector call: an app id or the local-mode opt-in, never neither and never both; SingleTenant and UserAssignedMSI
/// need a tenant, secret-based types need a password, a managed identity must not have one. Local mode needs nothing else.
/// </summary>
internal sealed class BotFrameworkAuthenticationOptionsValidator : IValidateOptions<BotFrameworkAuthenticationOptions>
{
    public const string NeitherMessage =
        "MicrosoftAppId is empty and local mode is off, so CaseBot does not know how to run. To run against Teams, set MicrosoftAppId, " +
        "MicrosoftAppPassword, MicrosoftAppTenantId and MicrosoftAppType. To run on this machine only, without authentication (the Agents " +
        "Playground, tests), set " + BotFrameworkAuthenticationOptions.LocalModeSetting + "=true.";

    public const string BothMessage =
        BotFrameworkAuthenticationOptions.LocalModeSetting + " is true but MicrosoftAppId is set: a bot is either registered with Teams or " +
        "runs in local mode, never both. Set " + BotFrameworkAuthenticationOptions.LocalModeSetting + "=false (the Development " +
        "settings and ./run.sh turn it on) or clear MicrosoftAppId.";

    public ValidateOptionsResult Validate(string? name, BotFrameworkAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var hasAppId = !string.IsNullOrWhiteSpace(options.MicrosoftAppId);
        if (!hasAppId)
        {
            return options.LocalMode ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(NeitherMessage);
        }

        if (options.LocalMode)
        {
            return ValidateOptionsResult.Fail(BothMessage);
        }

        var failures = new List<string>();
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
        var hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        if (options.IsSingleTenant && !hasTenant)
        {
            failures.Add($"MicrosoftAppTenantId is required when MicrosoftAppType is {options.MicrosoftAppType}.");
        }

        if (options.MicrosoftAppType is "MultiTenant" or "SingleTenant" && !hasPassword)
        {
            failures.Add($"MicrosoftAppPassword is required when MicrosoftAppType is {options.MicrosoftAppType}.");
        }

        if (options.MicrosoftAppType == "UserAssignedMSI" && hasPassword)
        {
            failures.Add("MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
