using System.Net;

namespace CaseBot.BotFramework.Authentication;

/// <summary>Loopback checks shared by local mode and the HTTPS rule for metadata URLs.</summary>
public static class LoopbackAddress
{
    public static bool IsLoopback(IPAddress? address)
        => address is not null && (IPAddress.IsLoopback(address) || (address.IsIPv4MappedToIPv6 && IPAddress.IsLoopback(address.MapToIPv4())));

    public static bool IsLoopback(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IsLoopback(ip));
    }
}
