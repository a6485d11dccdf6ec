namespace CaseBot.Tab.Views;

/// <summary>Someone the local user picker offers: a person of the local directory (<c>Directory:People</c>), the Playground's mock users.</summary>
public sealed class LocalUser
{
    public string DisplayName { get; set; } = string.Empty;

    public string? AadObjectId { get; set; }
}
