using System.Text;
using System.Text.Json;
using CaseBot.Bot.Tests.Support;
using CaseBot.Cases.Audit;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Dialogs.Status;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Conversations;

/// <summary>"export &lt;reference&gt;": admins get the case's data as a JSON file for a subject access request; everyone else "no case found".</summary>
public sealed class CaseExportTests : IAsyncLifetime
{
    private const string Reference = "HR-2026-0142";
    private static readonly Attendee Lead = new(Role.ReferringManager, "Morgan Manager", "morgan.manager@example.org", StatusPeople.LeadId);
    private ConversationHarness _sut = null!;
    private CriticalCase _case = null!;

    public async Task InitializeAsync()
    {
        _sut = await StatusPeople.StartAsync();
        _case = await HeldCaseAsync();
    }

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Fact]
    public async Task Export_ByAdmin_SendsTheCasesDataAsAJsonFile()
    {
        Call(StatusPeople.AdminId);

        await _sut.SayAsync($"export {Reference}");

        var reply = Assert.Single(_sut.Last.Replies);
        Assert.Equal(ExportText.Exported(Reference), reply.Text);
        using var json = JsonDocument.Parse(File(reply));
        var root = json.RootElement;
        Assert.Equal((Reference, _case.Id.ToString(), "ActionsOpen"), (root.GetProperty("reference").GetString(), root.GetProperty("caseId").GetString(), root.GetProperty("stage").GetString()));
        Assert.Equal("ProcessStuck", root.GetProperty("triage").GetProperty("triggers")[0].GetProperty("code").GetString());
        Assert.Equal("CaseManagementMeeting", root.GetProperty("decision").GetProperty("chosen").GetString());
        var attendees = root.GetProperty("meetings")[0].GetProperty("attendees").EnumerateArray().Select(a => (a.GetProperty("role").GetString(), a.GetProperty("name").GetString(), a.GetProperty("email").GetString()));
        Assert.Contains(("OhClinician", "Olive Clinician", "olive.clinician@example.org"), attendees);
        Assert.Equal("Send the updated report", root.GetProperty("actions")[0].GetProperty("description").GetString());
        Assert.Equal("Phased return agreed", root.GetProperty("records")[0].GetProperty("decisions")[0].GetString());
        Assert.True(root.GetProperty("records")[0].GetProperty("responses")[0].GetProperty("accurate").GetBoolean());
        Assert.Equal(_case.Chronology.Select(e => e.Kind.ToString()), root.GetProperty("chronology").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Export_ByAdmin_IsAuditedAsShown()
    {
        Call(StatusPeople.AdminId);

        await _sut.SayAsync($"export {Reference}");

        var last = (await _sut.AuditAsync(Reference)).Last().Entry;
        Assert.Equal((AuditAction.CaseExported, AuditOutcome.Shown, StatusPeople.AdminId, (Guid?)_case.Id), (last.Action, last.Outcome, last.ActorAadObjectId, last.CaseId));
    }

    [Theory]
    [InlineData(StatusPeople.StaffId)]
    [InlineData(StatusPeople.LeadId)]
    [InlineData(StatusPeople.StrangerId)]
    public async Task Export_ByNonAdmin_SaysNoCaseFoundSendsNoFileAndRecordsTheDenial(string caller)
    {
        Call(caller);

        await _sut.SayAsync($"export {Reference}");

        var reply = Assert.Single(_sut.Last.Replies);
        Assert.Equal((CaseText.NoCaseFound, (object?)null), (reply.Text, (object?)reply.Attachments));
        var last = (await _sut.AuditAsync(Reference)).Last().Entry;
        Assert.Equal((AuditAction.CaseExported, AuditOutcome.Denied, caller), (last.Action, last.Outcome, last.ActorAadObjectId));
    }

    [Fact]
    public async Task Export_ByAdminForAMissingCase_SaysNoCaseFoundAndRecordsIt()
    {
        Call(StatusPeople.AdminId);

        await _sut.SayAsync("export NOPE-1");

        Assert.Equal([CaseText.NoCaseFound], _sut.Last.Texts);
        var last = (await _sut.AuditAsync("NOPE-1")).Single().Entry;
        Assert.Equal((AuditAction.CaseExported, AuditOutcome.NotFound, (Guid?)null), (last.Action, last.Outcome, last.CaseId));
    }

    [Fact]
    public async Task Export_WithoutAReference_AsksForOne()
    {
        Call(StatusPeople.AdminId);

        await _sut.SayAsync("export");

        Assert.Equal([ExportText.NeedsReference], _sut.Last.Texts);
    }

    private void Call(string aadObjectId) => _sut.Adapter.User = StatusPeople.Account(aadObjectId);

    // The seeded case after a held CMM: attendees with names and emails, one open action, the record confirmed by the clinician.
    private async Task<CriticalCase> HeldCaseAsync()
    {
        var cases = _sut.Services.GetRequiredService<ICaseRepository>();
        var seeded = await _sut.SeedCaseAsync(Reference);
        var criticalCase = (await cases.FindByIdAsync(seeded.Id, default))!;
        var now = _sut.Clock.GetUtcNow();
        var plan = MeetingPlan.Create(
            criticalCase.Reference, MeetingType.CaseManagementMeeting, [Lead, TestCriticalCases.Clinician, TestCriticalCases.Caseworker], "Agree how to move the case on.",
            TimeSpan.FromMinutes(60), Venue.OnlineOnly, null, TestCriticalCases.MeetingStart, StatusPeople.LeadId, Lead.Email);
        criticalCase.Book(plan, new BookedMeeting("event-1", null, null, null), now);
        criticalCase.RecordMeeting(StatusPeople.LeadId, ["Phased return agreed"], [TestCriticalCases.Action()], now);
        criticalCase.RespondToRecord(TestCriticalCases.ClinicianId, true, null, now);
        await cases.UpdateAsync(criticalCase, StatusPeople.LeadId, default);
        return criticalCase;
    }

    private static string File(BotFramework.Schema.Activity reply)
    {
        var file = Assert.Single(reply.Attachments!);
        Assert.Equal(("application/json", $"case-{Reference}.json"), (file.ContentType, file.Name));
        const string prefix = "data:application/json;base64,";
        Assert.StartsWith(prefix, file.ContentUrl, StringComparison.Ordinal);
        return Encoding.UTF8.GetString(Convert.FromBase64String(file.ContentUrl![prefix.Length..]));
    }
}
