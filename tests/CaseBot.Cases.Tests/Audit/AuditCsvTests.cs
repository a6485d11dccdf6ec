using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;

namespace CaseBot.Cases.Tests.Audit;

public sealed class AuditCsvTests
{
    private static readonly DateTimeOffset At = new(2026, 7, 1, 10, 30, 0, TimeSpan.FromHours(1));
    private static readonly Guid CaseId = Guid.Parse("5f0c4a52-0d1e-4d7b-9a7e-3c1b2a0f9e11");

    [Fact]
    public void Write_NoRecords_IsTheHeaderOnly()
    {
        var csv = AuditCsv.Write([]);

        Assert.Equal(AuditCsv.Header + "\r\n", csv);
    }

    [Fact]
    public void Write_Records_OneLinePerRecordInUtcWithCodes()
    {
        var records = new[]
        {
            new AuditRecord(1, new AuditEntry(At, "t1", "actor-1", AuditAction.CaseOpened, AuditOutcome.Saved, CaseId, CaseReference.Parse("HR-1"))),
            new AuditRecord(2, new AuditEntry(At, "t1", "actor-2", AuditAction.CaseLookup, AuditOutcome.NotFound, null, CaseReference.Parse("HR-2"))),
        };

        var csv = AuditCsv.Write(records);

        Assert.Equal(
            AuditCsv.Header + "\r\n" +
            $"1,2026-07-01T09:30:00Z,t1,actor-1,case.opened,saved,{CaseId},HR-1\r\n" +
            "2,2026-07-01T09:30:00Z,t1,actor-2,case.lookup,not-found,,HR-2\r\n",
            csv);
    }

    [Theory]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=HYPERLINK(1)", "'=HYPERLINK(1)")]
    [InlineData("-1+2", "'-1+2")]
    public void Write_AwkwardActorId_IsQuotedOrDefused(string actor, string expected)
    {
        var csv = AuditCsv.Write([new AuditRecord(1, new AuditEntry(At, "t1", actor, AuditAction.CaseLookup, AuditOutcome.Denied, null, null))]);

        Assert.Equal($"1,2026-07-01T09:30:00Z,t1,{expected},case.lookup,denied,,", csv.Split("\r\n")[1]);
    }
}
