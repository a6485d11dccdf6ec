using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CaseBot.Cases.Booking;

/// <summary>
/// The idempotency key of a booking (Graph's <c>transactionId</c>, the .ics UID): the same tenant, case and meeting number always
/// give the same key, so a retried booking (a redelivered activity, a timeout, a double click) never makes a second event.
/// </summary>
public static class BookingKey
{
    /// <summary>
    /// A name-based GUID string from SHA-256 of the tenant, case id and meeting number: RFC 9562 version 8 (its layout for
    /// SHA-256 name-based ids), e.g. "3f2c...-....-8...-....-............".
    /// </summary>
    /// <param name="tenantId">The Entra tenant id (compared without regard to case).</param>
    /// <param name="caseId">The case's id.</param>
    /// <param name="meetingNumber">1 for the case's first meeting, 2 for the next, and so on.</param>
    public static string For(string tenantId, Guid caseId, int meetingNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentOutOfRangeException.ThrowIfLessThan(meetingNumber, 1);
        var name = string.Create(CultureInfo.InvariantCulture, $"casebot/booking/v1/{tenantId.Trim().ToLowerInvariant()}/{caseId:N}/{meetingNumber}");
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true).ToString("D");
    }
}
