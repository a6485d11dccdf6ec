using CaseBot.Cases.Meetings;
using CaseBot.Cases.Preparation;

namespace CaseBot.Cases.Tests.Preparation;

/// <summary>
/// Every text the individual and their representative read, composed as they read it (in the cards' order, with made-up names),
/// passes the readability check: Flesch reading ease of at least 60 and every acronym explained where it first appears.
/// </summary>
public sealed class PreparationTextTests
{
    private const string Isla = "Isla Individual";
    private const string Morgan = "Morgan Manager";

    public static TheoryData<Role, Venue> ReadersAndVenues()
    {
        var data = new TheoryData<Role, Venue>();
        foreach (var reader in new[] { Role.Individual, Role.Representative })
        {
            foreach (var venue in Enum.GetValues<Venue>())
            {
                data.Add(reader, venue);
            }
        }

        return data;
    }

    public static TheoryData<Role> Readers() => new() { Role.Individual, Role.Representative };

    [Theory]
    [MemberData(nameof(ReadersAndVenues))]
    public void WhatToExpect_EachReaderAndVenue_PassesTheCheck(Role reader, Venue venue)
    {
        var sut = PlainEnglish.Check(WhatToExpect(reader, venue));

        Assert.True(sut.Passes, sut.ToString());
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void HaveYourSay_EachReader_PassesTheCheck(Role reader)
    {
        var text = Lines(
            PreparationQuestionText.Title, PreparationQuestionText.Intro(Morgan), PreparationQuestionText.TypeAnyTime,
            PreparationQuestionText.HelpQuestion(reader), Lines([.. PreparationAnswers.HelpChoices.Select(PreparationQuestionText.Request)]),
            PreparationQuestionText.OtherHelpLabel, PreparationQuestionText.BringQuestion(reader, Isla),
            Lines([.. Enum.GetValues<Bringing>().Select(PreparationQuestionText.Bringing)]), PreparationQuestionText.WhoLabel, PreparationQuestionText.WhoPlaceholder,
            PreparationQuestionText.PointsLabel, PreparationQuestionText.PointsPlaceholder, PreparationQuestionText.AgendaToggle, PreparationQuestionText.AgendaHint(Morgan),
            PreparationQuestionText.Send, PreparationQuestionText.Sent(Morgan), PreparationQuestionText.AskedForHeading);

        var sut = PlainEnglish.Check(text);

        Assert.True(sut.Passes, sut.ToString());
    }

    [Fact]
    public void WhatCaseBotSaysBack_EveryLine_PassesTheCheck()
    {
        var text = Lines(
            PreparationQuestionText.Noted(Morgan), PreparationQuestionText.TakenAs,
            Lines([.. Enum.GetValues<PreparationRequest>().Select(r => PreparationQuestionText.Request(r).ToLowerInvariant())]),
            PreparationQuestionText.NotWanted(PreparationRequest.Breaks), PreparationQuestionText.TakenAsBringing(Bringing.SupportPerson, "my partner"),
            PreparationQuestionText.TakenAsBringing(Bringing.Advocate, null), PreparationQuestionText.TakenAsBringing(Bringing.Nobody, null),
            PreparationQuestionText.TakenAsBringing(Bringing.NotSure, null), PreparationQuestionText.TakenAsPoint, PreparationQuestionText.TakenAsWords,
            PreparationQuestionText.ChangeHint, PreparationQuestionText.ShareHint(Morgan), PreparationQuestionText.Shared, PreparationQuestionText.Private(Morgan),
            PreparationQuestionText.NothingToShare, PreparationQuestionText.Replied(Morgan), PreparationQuestionText.ArrangedNote(Morgan),
            PreparationQuestionText.Closed);

        var sut = PlainEnglish.Check(text);

        Assert.True(sut.Passes, sut.ToString());
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void NotesAndReminders_EachReader_PassTheCheck(Role reader)
    {
        var text = Lines(
            PreparationText.Moved(reader), PreparationText.MovedNote(reader, Isla, "Monday 8 June 2026, 10:00 to 11:30 (UK time)"),
            PreparationText.CancelledNote(reader, Isla, "Monday 1 June 2026 at 10:00 (UK time)", Morgan), PreparationText.Cancelled, PreparationText.Held,
            PreparationReminderText.Title("tomorrow"), PreparationReminderText.Intro(reader, Isla), PreparationReminderText.When, PreparationReminderText.Where,
            PreparationReminderText.Who, PreparationReminderText.AskedForHeading, PreparationReminderText.Line(PreparationRequest.Breaks, true, null),
            PreparationReminderText.Line(PreparationRequest.SupportPerson, false, "my partner"), PreparationReminderText.NothingAsked(Morgan),
            PreparationReminderText.StillTime);

        var sut = PlainEnglish.Check(text);

        Assert.True(sut.Passes, sut.ToString());
    }

    [Fact]
    public void Refusals_TheIndividualCanMeet_PassTheCheck()
    {
        var text = Lines(
            PreparationText.NotForYou, PreparationText.TooLate, PreparationText.NotBooked, PreparationText.TooManyMessages, PreparationText.MessageTooLong,
            PreparationText.TooLong(PreparationAnswers.MaxPointsLength));

        var sut = PlainEnglish.Check(text);

        Assert.True(sut.Passes, sut.ToString());
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void WhatToExpect_EachReader_SpellsOutOccupationalHealthAndHumanResources(Role reader)
    {
        var text = WhatToExpect(reader, Venue.WorkBase);

        Assert.Contains("Occupational Health (OH)", text, StringComparison.Ordinal);
        Assert.Contains("human resources team (EPS)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("CMM", text, StringComparison.Ordinal);
    }

    // The preparation card's words in its order, with everyone attending: the reader's own line, then each other role.
    private static string WhatToExpect(Role reader, Venue venue)
    {
        var others = Enum.GetValues<Role>().Where(r => r != reader).Select(r => $"{Isla}, {PlainRoles.Name(r, reader)}. {PlainRoles.Does(r, reader, Isla)}");
        return Lines(
            PreparationText.Title(reader, Isla), PreparationText.Intro(reader, Isla), PreparationText.WhyHeading, PreparationText.Why(reader),
            PreparationText.PurposeIntro(Morgan), PreparationText.WhenHeading, $"{PreparationText.Date}: Monday 1 June 2026", $"{PreparationText.Time}: 10:00 to 11:30 (UK time)",
            $"{PreparationText.HowLong}: 1 hour 30 minutes", $"{PreparationText.Where}: {PreparationText.Venue(venue, reader)}", PreparationText.JoinHint,
            PreparationText.WhoHeading, $"{PreparationText.YouName}. {PlainRoles.You(reader, Isla)}", Lines([.. others]),
            PreparationText.TalkHeading, Lines([.. PreparationText.Talk(reader)]), PreparationText.PointsItem(Role.Individual, reader, Isla),
            PreparationText.NotTalkHeading, PreparationText.NotTalk(reader), PreparationText.NotesHeading, PreparationText.Notes,
            PreparationText.BringHeading(reader), Lines([.. PreparationText.Bring(reader, Isla)]), PreparationText.ChangeHeading, PreparationText.Change(reader, Morgan),
            PreparationText.Join);
    }

    private static string Lines(params string[] lines) => string.Join("\n", lines);
}
