using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Calendar;

/// <summary>When Graph is enabled, the app's identity must be complete and the endpoint https. Messages name settings, never their values.</summary>
internal sealed class GraphOptionsValidator : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.TenantId))
        {
            failures.Add("Graph:TenantId (or MicrosoftAppTenantId) is required when Graph:Enabled is true.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add("Graph:ClientId (or MicrosoftAppId) is required when Graph:Enabled is true.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            failures.Add("Graph:ClientSecret (or MicrosoftAppPassword) is required when Graph:Enabled is true.");
        }

        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add("Graph:BaseUrl must be an absolute https address.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
