using CaseBot.BotFramework.Builder;
using CaseBot.Cards.Actions;
using CaseBot.Cards.Preparation;
using CaseBot.Cards.Records;
using CaseBot.Dialogs.Root;

namespace CaseBot.Dialogs.Attendees;

/// <summary>
/// Answers the Action.Execute invokes of the attendees' cards (<see cref="CardVerbs"/>) under the Universal Actions contract: 200
/// with the card to show (refreshed, or unchanged with a line saying why nothing changed), a message for the agenda's "Record the
/// meeting", or a 400 error the client shows when a button's data is unreadable. Other verbs are not answered here (null).
/// </summary>
public sealed class AttendeeCardActions
{
    private readonly ActionTicks _ticks;
    private readonly MeetingRecords _records;
    private readonly MyActionsCommand _myActions;
    private readonly AgendaViews _agendas;
    private readonly PreparationAnswersFlow _preparations;

    internal AttendeeCardActions(ActionTicks ticks, MeetingRecords records, MyActionsCommand myActions, AgendaViews agendas, PreparationAnswersFlow preparations)
    {
        _preparations = preparations;
        _ticks = ticks;
        _records = records;
        _myActions = myActions;
        _agendas = agendas;
    }

    /// <summary>The answer to <paramref name="invokeValue"/>, or null when its verb belongs to no attendee card.</summary>
    public async Task<AdaptiveCardInvokeResponse?> TryHandleAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(invokeValue);
        var action = invokeValue.Action;
        var data = action?.Data;
        var caller = turnContext.Activity.Caller();
        return action?.Verb switch
        {
            CardVerbs.ActionTick => InvokeData.Tick(data) is { } tick ? await _ticks.TickAsync(caller, tick, cancellationToken) : BadData(),
            CardVerbs.ActionsRefresh => InvokeData.Case(data) is { } list ? await _ticks.RefreshAsync(caller, list, cancellationToken) : BadData(),
            CardVerbs.MyActionsRefresh => ActionTicks.Card(await _myActions.CardForAsync(caller, null, cancellationToken)),
            CardVerbs.AgendaRefresh => InvokeData.Case(data) is { MeetingNumber: not null } agenda ? await _agendas.RefreshAsync(caller, agenda, cancellationToken) : BadData(),
            CardVerbs.RecordOpen => InvokeData.Case(data) is { MeetingNumber: not null } open ? await _records.OpenAsync(turnContext, caller, open, cancellationToken) : BadData(),
            CardVerbs.RecordSave => InvokeData.Case(data) is { MeetingNumber: not null } save ? await _records.SaveAsync(caller, save, data, cancellationToken) : BadData(),
            CardVerbs.RecordConfirm => InvokeData.Case(data) is { MeetingNumber: not null } confirm ? await _records.AnswerAsync(caller, confirm, true, null, cancellationToken) : BadData(),
            CardVerbs.RecordCorrect => InvokeData.Case(data) is { MeetingNumber: not null } correct
                ? await _records.AnswerAsync(caller, correct, false, InvokeData.Text(data, RecordFormInputs.Correction), cancellationToken)
                : BadData(),
            CardVerbs.RecordRefresh => InvokeData.Case(data) is { MeetingNumber: not null } shown ? await _records.RefreshAsync(caller, shown, cancellationToken) : BadData(),
            CardVerbs.PreparationAnswer => InvokeData.Case(data) is { MeetingNumber: not null } answer ? await _preparations.AnswerAsync(caller, answer, data, cancellationToken) : BadData(),
            CardVerbs.PreparationView => InvokeData.Case(data) is { MeetingNumber: not null } view ? await _preparations.ViewAsync(caller, view, cancellationToken) : BadData(),
            CardVerbs.PreparationReply => InvokeData.Reply(data) is { } reply
                ? await _preparations.ReplyAsync(caller, reply, InvokeData.Text(data, PreparationInputs.Reply(reply.RespondentRole)), cancellationToken)
                : BadData(),
            CardVerbs.PreparationArrange => InvokeData.Reply(data) is { } arrange
                ? await _preparations.ArrangeAsync(caller, arrange, InvokeData.Text(data, PreparationInputs.Arranged(arrange.RespondentRole)), cancellationToken)
                : BadData(),
            _ => null,
        };
    }

    private static AdaptiveCardInvokeResponse BadData() => AdaptiveCardInvokeResponse.Error(400, "BadRequest", AttendeeText.BadAction);
}
