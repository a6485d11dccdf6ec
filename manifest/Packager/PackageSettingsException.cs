namespace CaseBot.TeamsPackage;

/// <summary>A packaging setting is missing or malformed; the message says which.</summary>
public sealed class PackageSettingsException : Exception
{
    public PackageSettingsException()
    {
    }

    public PackageSettingsException(string message)
        : base(message)
    {
    }

    public PackageSettingsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
