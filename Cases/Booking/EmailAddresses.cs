using System.Text.RegularExpressions;

namespace CaseBot.Cases.Booking;

/// <summary>
/// The shape of an address CaseBot invites (an SMTP address or UPN): one that is also a plain <c>mailto:</c> URI, since the
/// invite's ORGANIZER and ATTENDEE lines and Graph's attendees carry it as one. The local part is dot-separated words of letters,
/// digits and <c>! $ &amp; ' * + = _ ~ -</c> (no quoted local parts, no <c>" ; : , &lt; &gt; ( ) [ ] \ / ? # %</c> or spaces); the
/// domain is two or more DNS labels. The mail system decides whether anyone is there.
/// </summary>
public static partial class EmailAddresses
{
    public const int MaxLength = 254;
    private const int MaxLocalPartLength = 64;

    public static bool IsValid(string? address)
        => address is { Length: > 0 and <= MaxLength }
            && Pattern().IsMatch(address)
            && address.IndexOf('@', StringComparison.Ordinal) <= MaxLocalPartLength
            && IsMailTo(address);

    // What the calendars do with it: read "mailto:" + address as a URI. It must come back whole, as the same address.
    private static bool IsMailTo(string address)
        => Uri.TryCreate("mailto:" + address, UriKind.Absolute, out var uri)
            && string.Equals($"{uri.UserInfo}@{uri.Host}", address, StringComparison.OrdinalIgnoreCase)
            && uri.Query.Length == 0 && uri.Fragment.Length == 0;

    [GeneratedRegex(
        @"^[A-Za-z0-9!$&'*+=_~-]+(\.[A-Za-z0-9!$&'*+=_~-]+)*@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
