using CaseBot.Cards.Actions;
using CaseBot.Cards.Model;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Preparation;

namespace CaseBot.Cards.Preparation;

/// <summary>
/// For the lead only: what the individual (and their representative) said before the meeting, each in their own section: what
/// would help and whether it is arranged, who they bring, their points (and whether everyone may read them), their messages in their
/// own words and the lead's replies, with a box to reply (<see cref="CardVerbs.PreparationReply"/>).
/// </summary>
public static class PreparationLeadCard
{
    public static AdaptiveCard Build(CriticalCase criticalCase, CaseMeeting meeting, IReadOnlyList<MeetingPreparation> preparations, CardNotice? notice = null)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(preparations);
        var title = PreparationLeadText.Title(criticalCase.Reference.Value);
        var body = new List<CardElement>();
        if (notice is not null)
        {
            body.Add(NoticeBlock.Build(notice.Text, notice.IsRefusal));
        }

        body.Add(new TextBlock(title) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder });
        body.Add(new TextBlock(PreparationLeadText.Private) { IsSubtle = true, Spacing = Spacing.None });
        if (preparations.Count == 0)
        {
            body.Add(new TextBlock(PreparationLeadText.NothingYet));
        }

        body.AddRange(preparations.Select(p => Section(criticalCase, meeting, p)));
        return new AdaptiveCard { FallbackText = title, Body = body };
    }

    private static Container Section(CriticalCase criticalCase, CaseMeeting meeting, MeetingPreparation preparation)
    {
        var answers = preparation.Answers;
        var who = meeting.AttendeeWith(preparation.RespondentAadObjectId)?.DisplayName ?? string.Empty;
        var items = new List<CardElement>
        {
            new TextBlock($"**{MarkdownText.Inline(who)}** ({RoleCatalogue.Name(preparation.RespondentRole)})"),
            new FactSet
            {
                Facts =
                [
                    .. answers.Requests.Select(r => new Fact(
                        PreparationQuestionText.Request(r),
                        (preparation.Arranged.Contains(r) ? PreparationQuestionText.ArrangedMark : PreparationQuestionText.NotArrangedMark) +
                        (r is PreparationRequest.SomethingElse ? $": {MarkdownText.Inline(answers.OtherHelp)}" : string.Empty) +
                        (r is PreparationRequest.SupportPerson or PreparationRequest.Advocate && answers.BringingWho is { } person ? $" ({MarkdownText.Inline(person)})" : string.Empty))),
                    .. answers.Bringing is Bringing.Nobody or Bringing.NotSure ? [new Fact(PreparationLeadText.Bringing, PreparationQuestionText.Bringing(answers.Bringing.Value))] : Array.Empty<Fact>(),
                ],
            },
        };
        if (answers.Points is { } points)
        {
            items.Add(new TextBlock($"**{(answers.PointsOnAgenda ? PreparationLeadText.PointsShared : PreparationLeadText.PointsPrivate)}**") { Spacing = Spacing.Small });
            items.Add(TextBlock.Plain(points));
        }

        foreach (var words in answers.Messages)
        {
            items.Add(new TextBlock($"**{PreparationLeadText.TheirWords}**") { Spacing = Spacing.Small });
            items.Add(TextBlock.Plain(words.Text));
        }

        foreach (var reply in preparation.Replies)
        {
            items.Add(new TextBlock($"**{PreparationLeadText.YourReply}**") { Spacing = Spacing.Small });
            items.Add(TextBlock.Plain(reply.Text));
        }

        if (meeting.Status == MeetingStatus.Booked)
        {
            var data = CardSerializer.Data(new PreparationReplyData(criticalCase.Id, meeting.Number, preparation.RespondentAadObjectId, preparation.RespondentRole));
            var buttons = new List<CardAction>();
            if (answers.Requests.Count > 0)
            {
                items.Add(new ChoiceSetInput
                {
                    Id = PreparationInputs.Arranged(preparation.RespondentRole),
                    Label = PreparationLeadText.ArrangedLabel,
                    IsMultiSelect = true,
                    Style = ChoiceInputStyle.Expanded,
                    Wrap = true,
                    Choices = [.. answers.Requests.Select(r => new InputChoice(PreparationQuestionText.Request(r), r.ToString()))],
                    Value = preparation.Arranged.Count > 0 ? string.Join(",", preparation.Arranged) : null,
                });
                buttons.Add(new ExecuteAction(PreparationLeadText.SaveArranged, CardVerbs.PreparationArrange) { Data = data });
            }

            items.Add(new TextInput { Id = PreparationInputs.Reply(preparation.RespondentRole), Label = PreparationLeadText.ReplyLabel, IsMultiline = true, MaxLength = LeadReply.MaxLength });
            buttons.Add(new ExecuteAction(PreparationLeadText.SendReply, CardVerbs.PreparationReply) { Data = data });
            items.Add(new ActionSet { Actions = buttons });
        }

        return new Container { Items = items, Separator = true, Spacing = Spacing.Medium };
    }
}
