using System.Text;
using CaseBot.BotFramework.Schema;
using CaseBot.Casework.Exports;

namespace CaseBot.Dialogs.Status;

/// <summary>
/// A file for an admin, carried in the message itself as a data: URI: nothing hosted, nothing left behind on a file server.
/// </summary>
internal static class DataFile
{
    public static Attachment For(CaseFile file) => new()
    {
        ContentType = file.ContentType,
        Name = file.Name,
        ContentUrl = $"data:{file.ContentType};base64,{Convert.ToBase64String(Encoding.UTF8.GetBytes(file.Text))}",
    };
}
