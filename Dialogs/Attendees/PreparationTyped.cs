using CaseBot.BotFramework.Builder;
using CaseBot.Cards;
using CaseBot.Cards.Actions;
using CaseBot.Cards.Preparation;
using CaseBot.Cases;
using CaseBot.Cases.Booking;
using CaseBot.Cases.Preparation;
using CaseBot.Casework.Changes;
using CaseBot.Casework.Lookups;
using CaseBot.Dialogs.Root;
using Microsoft.Extensions.Logging;

namespace CaseBot.Dialogs.Attendees;

/// <summary>
/// What the individual (or their representative) types to CaseBot before their Case Conference, in their own words, when it is no
/// command: kept as they wrote it, with the help and the person it names taken in (<see cref="PreparationReader"/>), passed to the
/// lead only, and said back plainly so they can correct it. "change" shows their card again; "share my points" and "keep my points
/// private" put their points on the agenda or take them off. Anyone else gets the usual "not understood".
/// </summary>
public sealed partial class PreparationTyped(
    CaseLookups lookups, CaseChanges changes, IPreparationNotices notices, WorkingHours hours, TimeProvider time, ILogger<PreparationTyped> logger)
{
    /// <summary>True when the message was theirs to answer (a reply was sent); false when the sender prepares for no meeting.</summary>
    public async Task<bool> TryAnswerAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var caller = turnContext.Activity.Caller();
        var now = time.GetUtcNow();
        var mine = await lookups.MineAsync(caller, cancellationToken);
        var found = mine.Select(c => (Case: c, Meeting: c.ConferencePreparedBy(caller.AadObjectId, now))).FirstOrDefault(p => p.Meeting is not null);
        if (found.Meeting is not { } meeting)
        {
            return false;
        }

        var reader = meeting.AttendeeWith(caller.AadObjectId)!;
        var organiser = MarkdownText.Inline(PreparationCard.Organiser(meeting.Plan));
        if (PreparationReader.IsExactly(text, PreparationSynonyms.Show))
        {
            var answers = found.Case.PreparationOf(meeting.Number, caller.AadObjectId)?.Answers;
            await turnContext.SendActivityAsync(CardAttachment.Message(PreparationCard.Build(found.Case, meeting, reader, hours.Zone, answers)), cancellationToken);
            return true;
        }

        var share = PreparationReader.IsExactly(text, PreparationSynonyms.Share) ? true : PreparationReader.IsExactly(text, PreparationSynonyms.KeepPrivate) ? false : (bool?)null;
        var typed = share is null ? PreparationReader.Read(text) : null;
        var result = await changes.ApplyAsync(found.Case.Id, caller, criticalCase =>
        {
            try
            {
                var earlier = criticalCase.PreparationOf(meeting.Number, caller.AadObjectId)?.Answers ?? PreparationAnswers.None;
                if (share is not null && string.IsNullOrWhiteSpace(earlier.Points))
                {
                    return CaseChange<string>.Unchanged(PreparationQuestionText.NothingToShare);
                }

                var answers = share is { } shared ? earlier with { PointsOnAgenda = shared } : earlier.With(typed!, now);
                var preparation = criticalCase.AnswerPreparation(caller.AadObjectId, meeting.Number, answers, now);
                var current = criticalCase.Meetings.Single(m => m.Number == meeting.Number);
                var sent = notices.ForAnswers(criticalCase, current, preparation, earlier.AgendaPoints != preparation.Answers.AgendaPoints);
                var reply = share switch
                {
                    true => PreparationQuestionText.Shared,
                    false => PreparationQuestionText.Private(organiser),
                    null => SaidBack(typed!, organiser),
                };
                return CaseChange<string>.Saved(reply, sent);
            }
            catch (CaseRuleException ex)
            {
                return CaseChange<string>.Unchanged(ex.Message);
            }
        }, cancellationToken);
        LogTyped(logger, result.Status);
        var answer = result.Status switch
        {
            CaseChangeStatus.Missing => CardNotices.NoSuchCase,
            CaseChangeStatus.Conflict => CardNotices.CaseChanged,
            _ => result.Result!,
        };
        await turnContext.SendActivityAsync(MessageFactory.Markdown(answer), cancellationToken);
        return true;
    }

    // "Thank you. I have passed this on…", then what it was taken as, so they can put it right.
    private static string SaidBack(TypedPreparation typed, string organiser)
    {
        var taken = typed.Help.Select(r => PreparationQuestionText.Request(r).ToLowerInvariant())
            .Concat(typed.NotHelp.Select(PreparationQuestionText.NotWanted))
            .Concat(typed.Bringing is { } bringing ? [PreparationQuestionText.TakenAsBringing(bringing, typed.Who)] : [])
            .Append(typed.IsPoint ? PreparationQuestionText.TakenAsPoint : PreparationQuestionText.TakenAsWords)
            .Select(line => "- " + MarkdownText.Inline(line));
        var lines = new List<string> { PreparationQuestionText.Noted(organiser), PreparationQuestionText.TakenAs, string.Join("\n", taken), PreparationQuestionText.ChangeHint };
        if (typed.IsPoint)
        {
            lines.Add(PreparationQuestionText.ShareHint(organiser));
        }

        return string.Join("\n\n", lines);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Typed preparation answered: {Status}")]
    private static partial void LogTyped(ILogger logger, CaseChangeStatus status);
}
