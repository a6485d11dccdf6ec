namespace CaseBot.Cases.Booking;

/// <summary>How an <see cref="InviteSection"/>'s lines are laid out.</summary>
internal enum InviteSectionStyle
{
    Paragraphs,
    NumberedList,
    BulletList,
}
