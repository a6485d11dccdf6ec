namespace CaseBot.BotFramework.Connector;

/// <summary>
/// The host entries of <c>BotFramework:ServiceUrlHosts</c>: a host name or IP address matched exactly (case-insensitive), or
/// <c>*.example.org</c> for any host under example.org (never example.org itself).
/// </summary>
internal static class HostPatterns
{
    private const string Wildcard = "*.";

    public static bool IsValidEntry(string entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var wildcard = entry.StartsWith(Wildcard, StringComparison.Ordinal);
        var host = wildcard ? entry[Wildcard.Length..] : entry;
        return Uri.CheckHostName(host.Trim('[', ']')) switch
        {
            UriHostNameType.IPv4 or UriHostNameType.IPv6 => !wildcard,
            UriHostNameType.Dns => host.Contains('.', StringComparison.Ordinal) || (!wildcard && host.Equals("localhost", StringComparison.OrdinalIgnoreCase)),
            _ => false,
        };
    }

    public static bool Matches(string entry, string host)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(host);
        var wanted = entry.Trim().Trim('[', ']');
        host = host.Trim('[', ']').TrimEnd('.');
        return wanted.StartsWith(Wildcard, StringComparison.Ordinal)
            ? host.EndsWith(wanted[1..], StringComparison.OrdinalIgnoreCase)
            : string.Equals(host, wanted, StringComparison.OrdinalIgnoreCase);
    }
}
