namespace CaseBot.Cards.Actions;

/// <summary>
/// The Action.Execute verbs of the attendees' cards; the bot dispatches <c>adaptiveCard/action</c> invokes on them. Each verb's
/// data is one of the records beside this class (<see cref="CaseCardData"/>, <see cref="ActionTickData"/>), plus the card's input values.
/// </summary>
public static class CardVerbs
{
    /// <summary>Refresh of the action list card (Universal Actions <c>refresh</c>): data <see cref="CaseCardData"/>.</summary>
    public const string ActionsRefresh = "actions.refresh";

    /// <summary>"Mark done" on an action: data <see cref="ActionTickData"/>.</summary>
    public const string ActionTick = "action.tick";

    /// <summary>Refresh of the "my actions" card: no data needed (the caller is the invoker).</summary>
    public const string MyActionsRefresh = "myactions.refresh";

    /// <summary>Refresh of the agenda card (the lead's copy adds "Record the meeting"): data <see cref="CaseCardData"/> with the meeting number.</summary>
    public const string AgendaRefresh = "agenda.refresh";

    /// <summary>The lead asks for the record form from the agenda card: data <see cref="CaseCardData"/> with the meeting number.</summary>
    public const string RecordOpen = "record.open";

    /// <summary>The lead saves the record form: data <see cref="CaseCardData"/> with the meeting number, plus the form's inputs.</summary>
    public const string RecordSave = "record.save";

    /// <summary>An attendee confirms the record is accurate: data <see cref="CaseCardData"/> with the meeting number.</summary>
    public const string RecordConfirm = "record.confirm";

    /// <summary>An attendee asks for a correction: data <see cref="CaseCardData"/> with the meeting number, plus the correction input.</summary>
    public const string RecordCorrect = "record.correct";

    /// <summary>Refresh of the record summary card: data <see cref="CaseCardData"/> with the meeting number.</summary>
    public const string RecordRefresh = "record.refresh";

    /// <summary>The individual (or their representative) sends their answers on the preparation card: data <see cref="CaseCardData"/> with the meeting number, plus the questions' inputs.</summary>
    public const string PreparationAnswer = "preparation.answer";

    /// <summary>The lead opens what the individual (and representative) said before the meeting (audited): data <see cref="CaseCardData"/> with the meeting number.</summary>
    public const string PreparationView = "preparation.view";

    /// <summary>The lead replies to one of them: data <see cref="Preparation.PreparationReplyData"/>, plus the reply input.</summary>
    public const string PreparationReply = "preparation.reply";

    /// <summary>The lead saves which of one person's requests are arranged: data <see cref="Preparation.PreparationReplyData"/>, plus the arranged input.</summary>
    public const string PreparationArrange = "preparation.arrange";
}
