namespace CaseBot.Cards.Actions;

/// <summary>A line to show at the top of a card after a click (see <see cref="CardNotices"/>).</summary>
/// <param name="Text">What to say.</param>
/// <param name="IsRefusal">True when nothing changed because the click was refused; shown in the attention colour.</param>
public sealed record CardNotice(string Text, bool IsRefusal)
{
    public static CardNotice Refused(string text) => new(text, true);

    public static CardNotice Done(string text) => new(text, false);
}
