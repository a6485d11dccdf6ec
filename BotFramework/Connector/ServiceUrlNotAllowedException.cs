namespace CaseBot.BotFramework.Connector;

/// <summary>
/// A send to a serviceUrl outside <see cref="ServiceUrlPolicy"/>: nothing was sent and no token was fetched. Retrying will not help;
/// the address is wrong (or forged), not the Connector busy.
/// </summary>
public sealed class ServiceUrlNotAllowedException : ConnectorException
{
    public ServiceUrlNotAllowedException()
        : base("The serviceUrl is not one CaseBot sends to (BotFramework:ServiceUrlHosts; loopback only in local mode).")
    {
    }

    public ServiceUrlNotAllowedException(string message)
        : base(message)
    {
    }

    public ServiceUrlNotAllowedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
