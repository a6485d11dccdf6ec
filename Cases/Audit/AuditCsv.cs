using System.Globalization;
using System.Text;

namespace CaseBot.Cases.Audit;

/// <summary>A case's audit trail as CSV (RFC 4180, UTC ISO 8601 times), for admins to export.</summary>
public static class AuditCsv
{
    public const string ContentType = "text/csv";
    public const string Header = "id,at_utc,tenant_id,actor_aad_object_id,action,outcome,case_id,case_reference";

    public static string Write(IEnumerable<AuditRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var (id, entry) in records)
        {
            string[] fields =
            [
                id.ToString(CultureInfo.InvariantCulture),
                entry.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                entry.TenantId,
                entry.ActorAadObjectId,
                AuditCodes.Code(entry.Action),
                AuditCodes.Code(entry.Outcome),
                entry.CaseId?.ToString() ?? string.Empty,
                entry.CaseReference?.Value ?? string.Empty,
            ];
            csv.AppendJoin(',', fields.Select(Field)).Append("\r\n");
        }

        return csv.ToString();
    }

    // Quotes what CSV needs quoted, and defuses a leading = + - @ so a spreadsheet never runs a stored id as a formula.
    private static string Field(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
