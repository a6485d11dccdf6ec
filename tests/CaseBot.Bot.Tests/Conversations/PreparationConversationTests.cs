using System.Text.Json;
using CaseBot.Bot.Tests.Support;
using CaseBot.Cards.Actions;
using CaseBot.Cards.Notices;
using CaseBot.Cards.Preparation;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Preparation;

namespace CaseBot.Bot.Tests.Conversations;

/// <summary>
/// The individual's say before their Case Conference, through the real bot on SQLite: they answer on their preparation card, the
/// lead is told there is something to read and reads it (audited), nobody else can, and the lead's reply reaches them.
/// </summary>
public sealed class PreparationConversationTests : IAsyncLifetime
{
    private ConversationHarness _sut = null!;
    private CriticalCase _case = null!;

    public async Task InitializeAsync()
    {
        _sut = await StatusPeople.StartAsync();
        _case = await _sut.SeedBookedWithIndividualAsync();
    }

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Fact]
    public async Task Answer_OnTheCard_IsKeptWithTheCaseAndTheCardSaysOnlyTheLeadHasIt()
    {
        await AnswerAsync(pointsOnAgenda: false);

        var saved = (await _sut.ReloadAsync(_case.Id)).PreparationOf(1, AttendeePeople.IndividualId)!;
        Assert.Equal([PreparationRequest.Breaks, PreparationRequest.SupportPerson], saved.OpenRequests);
        Assert.Equal("my partner", saved.Answers.BringingWho);
        Assert.Equal(PreparationQuestionText.Sent("Test User"), AttendeePeople.Notice(_sut.AnsweredCard()));
    }

    [Fact]
    public async Task Answer_OnTheCard_SendsTheLeadANoteWithoutTheWords()
    {
        await AnswerAsync(pointsOnAgenda: false);

        var outbox = await _sut.OutboxAsync(_case.Id);
        var note = Assert.Single(outbox, m => m.DedupKey.StartsWith("preparation-answered/", StringComparison.Ordinal));
        Assert.Equal(AttendeePeople.LeadId, note.RecipientAadObjectId);
        Assert.Contains(CardVerbs.PreparationView, note.ActivityJson, StringComparison.Ordinal);
        Assert.DoesNotContain("partner", note.ActivityJson, StringComparison.Ordinal);
        Assert.DoesNotContain(outbox, m => m.ActivityJson.Contains("I worry about my hours", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Answer_WithPointsShared_PutsThemOnEveryAgendaCard()
    {
        await AnswerAsync(pointsOnAgenda: true);

        var update = Assert.Single(await _sut.OutboxAsync(_case.Id), m => m.Kind == AttendeeNotices.AgendaKind(1));
        Assert.Contains(PreparationText.AgendaPointsTitle(Role.Individual), update.ActivityJson, StringComparison.Ordinal);
        Assert.Contains("I worry about my hours", update.ActivityJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_BySomeoneWhoIsNotTheIndividual_IsRefusedAndSavesNothing()
    {
        await AnswerAsync(pointsOnAgenda: false, by: AttendeePeople.ClinicianId);

        Assert.Empty((await _sut.ReloadAsync(_case.Id)).Preparations);
        Assert.Contains(PreparationText.NotForYou, _sut.AnsweredCard().GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task View_ByTheLead_ShowsEverythingTheySaidAndWritesAnAuditRowEachTime()
    {
        await AnswerAsync(pointsOnAgenda: false);
        _sut.ActAs(AttendeePeople.LeadId);

        await _sut.InvokeAsync(CardVerbs.PreparationView, new CaseCardData(_case.Id, 1));
        var card = _sut.AnsweredCard().GetRawText();
        await _sut.InvokeAsync(CardVerbs.PreparationView, new CaseCardData(_case.Id, 1));

        Assert.Contains("Breaks during the meeting", card, StringComparison.Ordinal);
        Assert.Contains("my partner", card, StringComparison.Ordinal);
        Assert.Contains("I worry about my hours", card, StringComparison.Ordinal);
        var rows = await ViewsAsync();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal((AuditOutcome.Shown, AttendeePeople.LeadId), (r.Outcome, r.ActorAadObjectId)));
    }

    [Theory]
    [InlineData(AttendeePeople.ClinicianId)]
    [InlineData(AttendeePeople.IndividualId)]
    [InlineData(StatusPeople.StaffId)]
    [InlineData(StatusPeople.StrangerId)]
    public async Task View_ByAnyoneButTheLead_IsRefusedAndAuditedAsDenied(string caller)
    {
        await AnswerAsync(pointsOnAgenda: false);
        _sut.ActAs(caller);

        await _sut.InvokeAsync(CardVerbs.PreparationView, new CaseCardData(_case.Id, 1));

        var card = _sut.AnsweredCard().GetRawText();
        Assert.DoesNotContain("I worry about my hours", card, StringComparison.Ordinal);
        Assert.DoesNotContain("partner", card, StringComparison.Ordinal);
        var row = Assert.Single(await ViewsAsync());
        Assert.Equal((AuditOutcome.Denied, caller), (row.Outcome, row.ActorAadObjectId));
    }

    [Fact]
    public async Task Answers_AreNeverInTheStatusOrAgendaOthersSee()
    {
        await AnswerAsync(pointsOnAgenda: false);
        _sut.ActAs(AttendeePeople.ClinicianId);

        await _sut.InvokeAsync(CardVerbs.AgendaRefresh, new CaseCardData(_case.Id, 1));

        Assert.DoesNotContain("I worry about my hours", _sut.AnsweredCard().GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain((await _sut.ReloadAsync(_case.Id)).Chronology, e => e.Kind == ChronologyKind.PreparationAnswered);
    }

    [Fact]
    public async Task Reply_ByTheLead_GoesToTheIndividualOnly()
    {
        await AnswerAsync(pointsOnAgenda: false);
        _sut.ActAs(AttendeePeople.LeadId);

        await _sut.InvokeAsync(
            CardVerbs.PreparationReply,
            Data(new PreparationReplyData(_case.Id, 1, AttendeePeople.IndividualId, Role.Individual), (PreparationInputs.Reply(Role.Individual), "A break at 10:45 is fine.")));

        var reply = Assert.Single(await _sut.OutboxAsync(_case.Id), m => m.DedupKey.StartsWith("preparation-reply/", StringComparison.Ordinal));
        Assert.Equal(AttendeePeople.IndividualId, reply.RecipientAadObjectId);
        Assert.Contains("A break at 10:45 is fine.", reply.ActivityJson, StringComparison.Ordinal);
        Assert.Equal(PreparationLeadText.ReplySent, AttendeePeople.Notice(_sut.AnsweredCard()));
    }

    [Fact]
    public async Task Arrange_ByTheLead_TellsTheIndividualWhatIsNowArranged()
    {
        await AnswerAsync(pointsOnAgenda: false);
        _sut.ActAs(AttendeePeople.LeadId);

        await _sut.InvokeAsync(
            CardVerbs.PreparationArrange,
            Data(new PreparationReplyData(_case.Id, 1, AttendeePeople.IndividualId, Role.Individual), (PreparationInputs.Arranged(Role.Individual), "Breaks")));

        Assert.Equal([PreparationRequest.SupportPerson], (await _sut.ReloadAsync(_case.Id)).PreparationOf(1, AttendeePeople.IndividualId)!.OpenRequests);
        var note = Assert.Single(await _sut.OutboxAsync(_case.Id), m => m.DedupKey.StartsWith("preparation-arranged/", StringComparison.Ordinal));
        Assert.Equal(AttendeePeople.IndividualId, note.RecipientAadObjectId);
        Assert.Contains("Breaks during the meeting", note.ActivityJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Arrange_BySomeoneOtherThanTheLead_IsRefused()
    {
        await AnswerAsync(pointsOnAgenda: false);
        _sut.ActAs(AttendeePeople.ClinicianId);

        await _sut.InvokeAsync(
            CardVerbs.PreparationArrange,
            Data(new PreparationReplyData(_case.Id, 1, AttendeePeople.IndividualId, Role.Individual), (PreparationInputs.Arranged(Role.Individual), "Breaks")));

        Assert.Empty((await _sut.ReloadAsync(_case.Id)).PreparationOf(1, AttendeePeople.IndividualId)!.Arranged);
        Assert.Contains(PreparationLeadText.OnlyLead, _sut.AnsweredCard().GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typed_ByTheIndividual_IsKeptInTheirOwnWordsAndSaidBackPlainly()
    {
        _sut.ActAs(AttendeePeople.IndividualId);

        await _sut.SayAsync("Could I have a break halfway through? My partner will come with me for support.");

        var saved = (await _sut.ReloadAsync(_case.Id)).PreparationOf(1, AttendeePeople.IndividualId)!.Answers;
        Assert.Equal([PreparationRequest.Breaks], saved.Help);
        Assert.Equal((Bringing.SupportPerson, "my partner"), (saved.Bringing, saved.BringingWho));
        Assert.Equal("Could I have a break halfway through? My partner will come with me for support.", Assert.Single(saved.Messages).Text);
        Assert.True(_sut.LastSaid(PreparationQuestionText.Noted("Test User")), _sut.Describe());
        Assert.True(_sut.LastSaid("bringing a support person: my partner"), _sut.Describe());
        Assert.Single(await _sut.OutboxAsync(_case.Id), m => m.DedupKey.StartsWith("preparation-answered/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Typed_APointThenShareMyPoints_PutsItOnTheAgenda()
    {
        _sut.ActAs(AttendeePeople.IndividualId);
        await _sut.SayAsync("I want to raise my shift pattern");

        await _sut.SayAsync("share my points");

        var saved = (await _sut.ReloadAsync(_case.Id)).PreparationOf(1, AttendeePeople.IndividualId)!.Answers;
        Assert.Equal("I want to raise my shift pattern", saved.AgendaPoints);
        Assert.True(_sut.LastSaid(PreparationQuestionText.Shared), _sut.Describe());
    }

    [Fact]
    public async Task Typed_Change_ShowsTheirPreparationCardWithTheirAnswers()
    {
        _sut.ActAs(AttendeePeople.IndividualId);
        await _sut.SayAsync("Can I keep my camera off?");

        await _sut.SayAsync("change");

        Assert.True(_sut.LastSaid(PreparationQuestionText.Title), _sut.Describe());
        Assert.True(_sut.LastSaid("\"value\":\"CameraOff\""), _sut.Describe());
    }

    [Fact]
    public async Task Typed_BySomeoneWhoPreparesForNoMeeting_IsNotUnderstoodAndSavesNothing()
    {
        _sut.ActAs(AttendeePeople.ClinicianId);

        await _sut.SayAsync("Could I have a break halfway through?");

        Assert.True(_sut.LastSaid(Dialogs.Root.RootText.NotUnderstood), _sut.Describe());
        Assert.Empty((await _sut.ReloadAsync(_case.Id)).Preparations);
    }

    private async Task AnswerAsync(bool pointsOnAgenda, string by = AttendeePeople.IndividualId)
    {
        _sut.ActAs(by);
        await _sut.InvokeAsync(CardVerbs.PreparationAnswer, Data(
            new CaseCardData(_case.Id, 1),
            (PreparationInputs.Help, "Breaks"), (PreparationInputs.Bringing, "SupportPerson"), (PreparationInputs.Who, "my partner"),
            (PreparationInputs.Points, "I worry about my hours"), (PreparationInputs.PointsOnAgenda, pointsOnAgenda ? "true" : "false")));
    }

    // The button's data with the card's inputs merged in, as Teams sends them.
    private static Dictionary<string, JsonElement> Data(object data, params (string Id, string Value)[] inputs)
    {
        var merged = JsonSerializer.SerializeToElement(data, Cards.CardSerializer.Options).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        foreach (var (id, value) in inputs)
        {
            merged[id] = JsonSerializer.SerializeToElement(value);
        }

        return merged;
    }

    private async Task<List<AuditEntry>> ViewsAsync()
        => [.. (await _sut.AuditAsync(_case.Reference.Value)).Select(r => r.Entry).Where(e => e.Action == AuditAction.PreparationViewed)];
}
