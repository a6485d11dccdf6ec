using System.Text;
using CaseBot.Bot.Tests.Support;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;
using CaseBot.Dialogs.Status;

namespace CaseBot.Bot.Tests.Conversations;

/// <summary>"audit &lt;reference&gt;": admins get the case's audit trail as a CSV file; everyone else hears "no case found".</summary>
public sealed class StatusAuditExportTests : IAsyncLifetime
{
    private const string Reference = "HR-2026-0142";
    private ConversationHarness _sut = null!;
    private Guid _caseId;

    public async Task InitializeAsync()
    {
        _sut = await StatusPeople.StartAsync();
        _caseId = (await _sut.SeedCaseAsync(Reference)).Id;
    }

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Fact]
    public async Task Audit_ByAdminAfterTwoLookups_SendsCsvWithTheOpeningAndBothLookups()
    {
        await _sut.SayAsync($"status {Reference}");
        _sut.As(StatusPeople.StrangerId);
        _sut.Clock.Advance(TimeSpan.FromMinutes(5));
        await _sut.SayAsync($"status {Reference}");
        _sut.As(StatusPeople.AdminId);

        await _sut.SayAsync($"audit {Reference}");

        var reply = Assert.Single(_sut.Last.Replies);
        Assert.Equal(ExportText.AuditExported(Reference, 3), reply.Text);
        var lines = Csv(reply).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var tenant = _sut.Adapter.Conversation.TenantId;
        Assert.Equal(
            [
                AuditCsv.Header,
                $"1,2026-11-25T10:00:00Z,{tenant},{StatusPeople.LeadId},case.opened,saved,{_caseId},{Reference}",
                $"2,2026-11-25T10:00:00Z,{tenant},{StatusPeople.LeadId},case.lookup,shown,{_caseId},{Reference}",
                $"3,2026-11-25T10:05:00Z,{tenant},{StatusPeople.StrangerId},case.lookup,denied,{_caseId},{Reference}",
            ],
            lines);
    }

    [Fact]
    public async Task Audit_ByAdmin_IsItselfAudited()
    {
        _sut.As(StatusPeople.AdminId);

        await _sut.SayAsync($"audit {Reference}");

        var last = (await _sut.AuditAsync(Reference)).Last().Entry;
        Assert.Equal((AuditAction.AuditExported, AuditOutcome.Shown, StatusPeople.AdminId), (last.Action, last.Outcome, last.ActorAadObjectId));
    }

    [Fact]
    public async Task Audit_ByAdminForAMissingCaseThatWasLookedUp_ExportsTheLookups()
    {
        _sut.As(StatusPeople.StrangerId);
        await _sut.SayAsync("status NOPE-1");
        _sut.As(StatusPeople.AdminId);

        await _sut.SayAsync("audit NOPE-1");

        Assert.Contains($"{StatusPeople.StrangerId},case.lookup,not-found,,NOPE-1", Csv(Assert.Single(_sut.Last.Replies), "NOPE-1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_ByAdminForAReferenceNeverSeen_SaysNoCaseFound()
    {
        _sut.As(StatusPeople.AdminId);

        await _sut.SayAsync("audit NOPE-2");

        Assert.Equal([CaseText.NoCaseFound], _sut.Last.Texts);
        Assert.Null(Assert.Single(_sut.Last.Replies).Attachments);
    }

    [Theory]
    [InlineData(StatusPeople.StaffId)]
    [InlineData(StatusPeople.LeadId)]
    [InlineData(StatusPeople.StrangerId)]
    public async Task Audit_ByNonAdmin_SaysNoCaseFoundSendsNoFileAndRecordsTheDenial(string caller)
    {
        _sut.As(caller);

        await _sut.SayAsync($"audit {Reference}");

        var reply = Assert.Single(_sut.Last.Replies);
        Assert.Equal(CaseText.NoCaseFound, reply.Text);
        Assert.Null(reply.Attachments);
        var last = (await _sut.AuditAsync(Reference)).Last().Entry;
        Assert.Equal((AuditAction.AuditExported, AuditOutcome.Denied, caller), (last.Action, last.Outcome, last.ActorAadObjectId));
    }

    private static string Csv(BotFramework.Schema.Activity reply, string reference = Reference)
    {
        var file = Assert.Single(reply.Attachments!);
        Assert.Equal("text/csv", file.ContentType);
        Assert.Equal($"audit-{reference}.csv", file.Name);
        const string prefix = "data:text/csv;base64,";
        Assert.StartsWith(prefix, file.ContentUrl, StringComparison.Ordinal);
        return Encoding.UTF8.GetString(Convert.FromBase64String(file.ContentUrl![prefix.Length..]));
    }
}
