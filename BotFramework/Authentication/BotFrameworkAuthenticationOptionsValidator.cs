using Microsoft.Extensions.Options;

namespace CaseBot.BotFramework.Authentication;

/// <summary>
/// Start-up checks the SDK makes for an app identity, so a half-configured bot fails at start rather than at the first Connector
/// call: SingleTenant and UserAssignedMSI need a tenant, secret-based types need a password, a managed identity must not have one.
/// Local mode (no app id) needs nothing.
/// </summary>
internal sealed class BotFrameworkAuthenticationOptionsValidator : IValidateOptions<BotFrameworkAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsLocalMode)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
        var hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        if (options.MicrosoftAppType is "SingleTenant" or "UserAssignedMSI" && !hasTenant)
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
