using System.Text.RegularExpressions;

namespace CaseBot.Cases.Booking;

/// <summary>A plain shape check of email addresses and UPNs (one @, no spaces, a dot in the domain); the mail system does the rest.</summary>
public static partial class EmailAddresses
{
    public const int MaxLength = 254;

    public static bool IsValid(string? address) => address is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(address);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
