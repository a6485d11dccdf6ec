namespace CaseBot.Cards.Actions;

/// <summary>The data of a "Mark done" button: <c>{"caseId":…,"actionId":…}</c>, plus <c>"view":"mine"</c> on the "my actions" card.</summary>
/// <param name="CaseId">The case the action belongs to.</param>
/// <param name="ActionId">The action.</param>
/// <param name="View">Which card answers the click: null for the case's action list, <see cref="MineView"/> for "my actions".</param>
public sealed record ActionTickData(Guid CaseId, Guid ActionId, string? View = null)
{
    public const string MineView = "mine";
}
