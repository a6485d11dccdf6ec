using CaseBot.BotFramework.Schema;
using CaseBot.Cases.Booking;

namespace CaseBot.Dialogs.Planning;

/// <summary>The .ics invite as a message attachment. A data: URI keeps it in the message: nothing hosted, nothing left on a server.</summary>
public static class IcsAttachment
{
    public const string ContentType = "text/calendar";

    public static Attachment For(CaseMeeting meeting, byte[] ics)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(ics);
        return new Attachment
        {
            ContentType = ContentType,
            Name = $"{meeting.Plan.Reference.Value.Replace('/', '-')}-meeting-{meeting.Number}.ics",
            ContentUrl = $"data:{ContentType};base64,{Convert.ToBase64String(ics)}",
        };
    }
}
