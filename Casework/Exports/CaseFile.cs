using CaseBot.Cases.CriticalCases;

namespace CaseBot.Casework.Exports;

/// <summary>A file about one case for an admin, named prefix-REF.extension (e.g. "audit-HR-1.csv"), with its content as text.</summary>
public sealed record CaseFile(string Name, string ContentType, string Text)
{
    public static CaseFile For(string prefix, CaseReference reference, string extension, string contentType, string text)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return new CaseFile($"{prefix}-{reference.Value.Replace('/', '-')}.{extension}", contentType, text);
    }
}
