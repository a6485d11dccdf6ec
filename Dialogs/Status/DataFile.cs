using System.Text;
using CaseBot.BotFramework.Schema;
using CaseBot.Cases.CriticalCases;

namespace CaseBot.Dialogs.Status;

/// <summary>
/// A file for an admin, carried in the message itself as a data: URI: nothing hosted, nothing left behind on a file server.
/// </summary>
internal static class DataFile
{
    /// <summary>A file named prefix-REF.extension holding <paramref name="text"/> as UTF-8, e.g. "audit-HR-1.csv".</summary>
    public static Attachment For(string prefix, CaseReference reference, string extension, string contentType, string text) => new()
    {
        ContentType = contentType,
        Name = $"{prefix}-{reference.Value.Replace('/', '-')}.{extension}",
        ContentUrl = $"data:{contentType};base64,{Convert.ToBase64String(Encoding.UTF8.GetBytes(text))}",
    };
}
