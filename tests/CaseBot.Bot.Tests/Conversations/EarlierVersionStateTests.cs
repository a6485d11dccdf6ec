using CaseBot.Bot.Tests.Support;
using CaseBot.BotFramework.State;
using CaseBot.Cases.CriticalCases;
using CaseBot.DialogEngine;
using CaseBot.Dialogs.Triage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Conversations;

/// <summary>
/// A manager mid-conversation when CaseBot is upgraded: the stack the previous version saved (each answer under its own "values."
/// key, before the typed dialog state) is not carried on from: the dialog says why and starts again, and nothing half-answered is
/// saved or booked. The stacks below are what that version stored, written out by hand.
/// </summary>
public sealed class EarlierVersionStateTests : IAsyncLifetime
{
    private ConversationHarness _sut = null!;

    public async Task InitializeAsync() => _sut = await ConversationHarness.StartAsync(settings: PlanningPeople.Settings);

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Fact]
    public async Task Answer_MidTriageStackFromThePreviousVersion_SaysWhyAndAsksForTheReferenceAgain()
    {
        await UpgradeWithStoredStackAsync(MidTriage);

        await _sut.SayAsync("no");

        Assert.Equal(EngineText.StartingAgainAfterUpdate, _sut.Last.Replies[0].Text);
        Assert.True(_sut.LastSaid(TriageDialogText.Start), _sut.Describe());
        Assert.True(_sut.LastSaid(TriageDialogText.AskReference), _sut.Describe());
        Assert.Null(await FindAsync("HR-OLD-1"));
    }

    [Fact]
    public async Task Answer_MidTriageStackFromThePreviousVersion_TriageCanBeAnsweredAgainAndSaved()
    {
        await UpgradeWithStoredStackAsync(MidTriage);
        await _sut.SayAsync("no");

        foreach (var answer in new[] { "HR-OLD-1", "me", "yes", "yes", "no", "6, 10", "no", "yes", "accept" })
        {
            await _sut.SayAsync(answer);
        }

        Assert.True(_sut.LastSaid("Shall we plan and book the Case Management Meeting now?"), _sut.Describe());
        Assert.NotNull(await FindAsync("HR-OLD-1"));
    }

    [Fact]
    public async Task Answer_MidPlanningStackFromThePreviousVersion_SaysWhyAndAsksWhetherToPlanNowWithoutBooking()
    {
        var criticalCase = await TriageToCmmAsync("HR-OLD-2");
        await UpgradeWithStoredStackAsync(MidPlanning(criticalCase.Id));

        await _sut.SayAsync("1 hour");

        Assert.Equal(EngineText.StartingAgainAfterUpdate, _sut.Last.Replies[0].Text);
        Assert.True(_sut.LastSaid("Shall we plan and book the Case Management Meeting now?"), _sut.Describe());
        var saved = (await FindAsync("HR-OLD-2"))!;
        Assert.Equal(CaseStage.MeetingRecommended, saved.Stage);
        Assert.Null(saved.BookedMeeting);
    }

    [Fact]
    public async Task Answer_MidPlanningStackFromThePreviousVersion_PlanningCanBeAnsweredAgainAndBooked()
    {
        var criticalCase = await TriageToCmmAsync("HR-OLD-2");
        await UpgradeWithStoredStackAsync(MidPlanning(criticalCase.Id));
        await _sut.SayAsync("1 hour");

        foreach (var answer in new[] { "yes", PlanningPeople.ClinicianEmail, PlanningPeople.CaseworkerEmail, "no", "Agree the next steps.", "1 hour", "online only", "1", "yes" })
        {
            await _sut.SayAsync(answer);
        }

        Assert.True(_sut.LastSaid("Case Management Meeting booked"), _sut.Describe());
        Assert.Equal(CaseStage.MeetingBooked, (await FindAsync("HR-OLD-2"))!.Stage);
    }

    /// <summary>Writes the stack as the conversation's state, then restarts the bot: the new version finds it on the next message.</summary>
    private async Task UpgradeWithStoredStackAsync(string stackJson)
    {
        var key = $"msteams/conversations/{_sut.Adapter.Conversation.Id}";
        var document = """{"dialogState":""" + stackJson + "}";
        await _sut.Services.GetRequiredService<IStorage>().WriteAsync(
            new Dictionary<string, StoreItem>(StringComparer.Ordinal) { [key] = new StoreItem(document, StoreItem.AnyETag) }, default);
        await _sut.RestartAsync();
    }

    private async Task<CriticalCase> TriageToCmmAsync(string reference)
    {
        foreach (var answer in new[] { "new case", reference, "me", "yes", "yes", "no", "6, 10", "no", "yes", "accept" })
        {
            await _sut.SayAsync(answer);
        }

        return (await FindAsync(reference))!;
    }

    private Task<CriticalCase?> FindAsync(string reference)
        => _sut.Services.GetRequiredService<ICaseRepository>().FindAsync(_sut.Adapter.Conversation.TenantId!, CaseReference.Parse(reference), default);

    /// <summary>Triage waiting on "must the individual be involved?", with the reference, who identified the need, three answers and two triggers.</summary>
    private const string MidTriage = """
        {"stack":[{"id":"TriageDialog","state":{},"inner":{"stack":[
          {"id":"ConfirmPrompt","state":{
            "options":{"prompt":"Does the case require, or would it significantly benefit from, the **individual** (and/or their representative) being involved? For example decisions about their health, wellbeing or future service, or an open conversation with all the professional leads.",
              "help":"If yes, a Case Conference lets the individual take part in the decisions. Answer yes or no.","allowNone":false,"allowAll":true},
            "token":"3eb0cf44f96c4d8ca6bc28e9b6377dc6"}},
          {"id":"triage.steps","state":{
            "stepIndex":7,"waitedSteps":[0,1,2,3,4,5,7],
            "stepResult.1":"HR-OLD-1","values.reference":"HR-OLD-1",
            "stepResult.2":{"value":"Manager","index":0},"values.identifiedBy":"Manager",
            "stepResult.3":true,"values.exceptional":true,
            "stepResult.4":true,"values.stuck":true,
            "stepResult.5":false,"values.joinedUp":false,
            "stepResult.6":["ProcessStuck","LitigationRisk"],"values.triggers":["ProcessStuck","LitigationRisk"]}}]}}]}
        """;

    /// <summary>
    /// Planning (which took the finished triage's place inside it) waiting on the duration, with the case, its meeting type, the
    /// organiser, the clinician, the caseworker and the purpose.
    /// </summary>
    private static string MidPlanning(Guid caseId) => $$$"""
        {"stack":[{"id":"TriageDialog","state":{},"inner":{"stack":[
          {"id":"PlanningDialog","state":{"options":{"reference":"HR-OLD-2","fromTriage":true}},"inner":{"stack":[
            {"id":"planning.duration","state":{
              "options":{"prompt":"How long should the meeting be? The invite states it.",
                "help":"Type a length like '90 minutes' or '1h30', or pick one. Meetings last between 15 minutes and 8 hours.",
                "choices":[{"value":"1 hour","displayTitle":"1 hour","titleWithoutNumber":"1 hour"},
                  {"value":"90 minutes","displayTitle":"90 minutes","titleWithoutNumber":"90 minutes"},
                  {"value":"2 hours","displayTitle":"2 hours","titleWithoutNumber":"2 hours"}],
                "allowNone":false,"allowAll":true},
              "token":"59c90e6387444459b24914b8dc835b2b"}},
            {"id":"planning.steps","state":{
              "options":{"reference":"HR-OLD-2","fromTriage":true},
              "stepIndex":8,"waitedSteps":[0,2,3,6,7,8],
              "values.caseId":"{{{caseId}}}","values.type":0,
              "values.organiser":{"role":0,"displayName":"Test User","email":"test.user@example.org","aadObjectId":"00000000-0000-0000-0000-0000000000aa"},
              "stepResult.1":true,
              "stepResult.3":{"role":1,"displayName":"Olive Clinician","email":"olive.clinician@example.org","aadObjectId":"00000000-0000-0000-0000-0000000000b2"},
              "stepResult.4":{"role":2,"displayName":"Ezra Caseworker","email":"ezra.caseworker@example.org"},
              "values.attendees":[
                {"role":1,"displayName":"Olive Clinician","email":"olive.clinician@example.org","aadObjectId":"00000000-0000-0000-0000-0000000000b2"},
                {"role":2,"displayName":"Ezra Caseworker","email":"ezra.caseworker@example.org"}],
              "stepResult.7":[],
              "stepResult.8":"Agree the next steps.","values.purpose":"Agree the next steps."}}]}}]}}]}
        """;
}
