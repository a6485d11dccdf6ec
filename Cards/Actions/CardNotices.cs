using CaseBot.Cases.Actions;

namespace CaseBot.Cards.Actions;

/// <summary>The lines a card shows above itself after a click: what happened, or why nothing did. Tests use the same strings.</summary>
public static class CardNotices
{
    public const string MarkedDone = "Marked done. The action list is updated for everyone.";
    public const string NotYours = ActionText.NotYours;
    public const string AlreadyDone = "This action was already marked done. Nothing was changed.";

    /// <summary>Said for an unknown action and for a case the caller may not see alike, so a click never reveals that a case exists.</summary>
    public const string NoSuchAction = "That action is not on a case of yours. Nothing was changed.";

    public const string NoSuchCase = "This card's case is not available to you.";
    public const string CaseChanged = "The case changed while this was being saved, so nothing was changed. Please try again.";
    public const string CaseClosed = "This case is closed. Nothing was changed.";
}
