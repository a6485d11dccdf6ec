using CaseBot.Cases.Actions;
using CaseBot.Cases.Meetings;

namespace CaseBot.Bot.CaseStore;

/// <summary>The stored JSON shape of an agreed action.</summary>
internal sealed record StoredAction(Guid Id, string Description, Role OwnerRole, string OwnerAadObjectId, DateOnly Due, ActionState State, DateTimeOffset? DoneAt, DateOnly? RemindedOn)
{
    public static StoredAction From(ActionItem a) => new(a.Id, a.Description, a.OwnerRole, a.OwnerAadObjectId, a.Due, a.State, a.DoneAt, a.RemindedOn);

    public ActionItem ToAction() => ActionItem.Restore(Id, Description, OwnerRole, OwnerAadObjectId, Due, State, DoneAt, RemindedOn);
}
