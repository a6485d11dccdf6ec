namespace CaseBot.Cases.Booking;

/// <summary>One part of the invitation body: an optional heading and its lines, as paragraphs or a list.</summary>
internal sealed record InviteSection(string? Heading, IReadOnlyList<string> Lines, InviteSectionStyle Style = InviteSectionStyle.Paragraphs);
