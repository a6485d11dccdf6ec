namespace CaseBot.Cases.Booking;

/// <summary>What the invitation says.</summary>
/// <param name="Subject">Meeting type and case reference only, e.g. "Case Conference – HR-2026-0142": no names, nothing medical.</param>
/// <param name="HtmlBody">The body for the calendar event (everything user-supplied HTML-encoded).</param>
/// <param name="TextBody">The same body as plain text, for an .ics DESCRIPTION or a chat message.</param>
/// <param name="LocationDisplayName">The venue as the calendar shows it.</param>
public sealed record Invite(string Subject, string HtmlBody, string TextBody, string LocationDisplayName);
