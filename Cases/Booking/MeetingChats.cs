namespace CaseBot.Cases.Booking;

/// <summary>
/// A Teams meeting's chat ("19:meeting_...@thread.v2"), read from the meeting's join link, where it is the path's first segment
/// after <c>meetup-join</c>. Teams posts the meeting's start and end events in that chat, so it is how an event finds its case.
/// Short join links (<c>/meet/123...</c>) carry no chat: for those the calendar must ask Graph for the meeting's chat.
/// </summary>
public static class MeetingChats
{
    public static string? FromJoinUrl(string? joinUrl)
    {
        if (!Uri.TryCreate(joinUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            return null;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var join = Array.FindIndex(segments, s => s.Equals("meetup-join", StringComparison.OrdinalIgnoreCase));
        if (join < 0 || join + 1 >= segments.Length)
        {
            return null;
        }

        var chat = Uri.UnescapeDataString(segments[join + 1]);
        return IsMeetingChat(chat) ? chat : null;
    }

    /// <summary>A chat id of the shape Teams gives meeting chats, and nothing that could smuggle more (spaces, slashes, control characters).</summary>
    public static bool IsMeetingChat(string? chatId)
        => chatId is { Length: > 10 and <= 200 }
            && chatId.StartsWith("19:", StringComparison.Ordinal)
            && chatId.EndsWith("@thread.v2", StringComparison.Ordinal)
            && chatId.All(c => char.IsAsciiLetterOrDigit(c) || c is ':' or '_' or '-' or '@' or '.' or '=');
}
