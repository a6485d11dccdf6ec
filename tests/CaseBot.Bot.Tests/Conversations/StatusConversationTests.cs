using System.Text.Json;
using CaseBot.Bot.Tests.Support;
using CaseBot.BotFramework.Schema;
using CaseBot.Cards.Status;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;
using CaseBot.Dialogs.Root;

namespace CaseBot.Bot.Tests.Conversations;

/// <summary>"status &lt;reference&gt;" and the search card through the real bot on SQLite: who sees what, and the audit of every lookup.</summary>
public sealed class StatusConversationTests : IAsyncLifetime
{
    private const string Reference = "HR-2026-0142";
    private const string Missing = "HR-2026-9999";
    private ConversationHarness _sut = null!;

    public async Task InitializeAsync()
    {
        _sut = await StatusPeople.StartAsync();
        await _sut.SeedCaseAsync(Reference);
    }

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    public static TheoryData<string, string, bool> AccessMatrix() => new()
    {
        { StatusPeople.StaffId, Reference, true },
        { StatusPeople.AdminId, Reference, true },
        { StatusPeople.LeadId, Reference, true },
        { StatusPeople.StrangerId, Reference, false },
        { StatusPeople.StaffId, Missing, false },
        { StatusPeople.AdminId, Missing, false },
        { StatusPeople.LeadId, Missing, false },
        { StatusPeople.StrangerId, Missing, false },
    };

    [Theory]
    [MemberData(nameof(AccessMatrix))]
    public async Task Status_ByEachKindOfCaller_ShowsTheCardOnlyToThoseAllowed(string caller, string reference, bool seesCard)
    {
        _sut.As(caller);

        await _sut.SayAsync($"status {reference}");

        var reply = Assert.Single(_sut.Last.Replies);
        Assert.Equal(seesCard, _sut.LastSaid(StatusText.Title(CaseReference.Parse(Reference))));
        Assert.Equal(seesCard ? null : CaseText.NoCaseFound, reply.Text);
    }

    [Theory]
    [InlineData(StatusPeople.StaffId, "status HR-2026-0142", "shown")]
    [InlineData(StatusPeople.AdminId, "status HR-2026-0142", "shown")]
    [InlineData(StatusPeople.LeadId, "status HR-2026-0142", "shown")]
    [InlineData(StatusPeople.StrangerId, "status HR-2026-0142", "denied")]
    [InlineData(StatusPeople.StaffId, "status HR-2026-9999", "not-found")]
    [InlineData(StatusPeople.StrangerId, "status HR-2026-9999", "not-found")]
    public async Task Status_AnyLookup_IsAuditedWithWhoWhenAndOutcome(string caller, string command, string outcome)
    {
        _sut.As(caller);
        _sut.Clock.Advance(TimeSpan.FromMinutes(7));

        await _sut.SayAsync(command);

        var entry = (await _sut.AuditAsync(command["status ".Length..])).Last().Entry;
        Assert.Equal(AuditAction.CaseLookup, entry.Action);
        Assert.Equal(outcome, AuditCodes.Code(entry.Outcome));
        Assert.Equal(caller, entry.ActorAadObjectId);
        Assert.Equal(_sut.Clock.GetUtcNow(), entry.At);
        Assert.Equal(_sut.Adapter.Conversation.TenantId, entry.TenantId);
    }

    [Fact]
    public async Task Status_StrangerOnExistingCase_GetsExactlyTheMissingCaseAnswer()
    {
        _sut.As(StatusPeople.StrangerId);
        await _sut.SayAsync($"status {Reference}");
        var existing = Visible(_sut.Last.Replies);

        await _sut.SayAsync($"status {Missing}");

        Assert.Equal(Visible(_sut.Last.Replies), existing);
    }

    [Fact]
    public async Task Status_ThreeLookups_WriteThreeAuditRows()
    {
        _sut.As(StatusPeople.StaffId);
        await _sut.SayAsync($"status {Reference}");
        _sut.As(StatusPeople.StrangerId);
        await _sut.SayAsync($"status {Reference}");
        await _sut.SayAsync($"status {Reference.ToLowerInvariant()}");

        var lookups = (await _sut.AuditAsync(Reference)).Where(r => r.Entry.Action == AuditAction.CaseLookup).Select(r => r.Entry.Outcome);

        Assert.Equal([AuditOutcome.Shown, AuditOutcome.Denied, AuditOutcome.Denied], lookups);
    }

    [Fact]
    public async Task Status_WithoutReference_OffersTheSearchCard()
    {
        await _sut.SayAsync("status");

        Assert.True(_sut.LastSaid(StatusText.SearchTitle), _sut.Describe());
        Assert.True(_sut.LastSaid(StatusText.LookUp));
    }

    [Fact]
    public async Task SearchCard_LookUpByStaff_ShowsTheStatusCard()
    {
        _sut.As(StatusPeople.StaffId);
        await _sut.SayAsync("status");

        await _sut.FillAndClickAsync(StatusText.LookUp, (CaseSearchCard.ReferenceInputId, "hr-2026-0142"));

        Assert.True(_sut.LastSaid("Case HR-2026-0142"), _sut.Describe());
        Assert.True(_sut.LastSaid(StatusText.Stage(CaseStage.MeetingRecommended)));
    }

    [Fact]
    public async Task SearchCard_LookUpByStranger_SaysNoCaseFoundAndIsAudited()
    {
        _sut.As(StatusPeople.StrangerId);
        await _sut.SayAsync("status");

        await _sut.FillAndClickAsync(StatusText.LookUp, (CaseSearchCard.ReferenceInputId, Reference));

        Assert.Equal([CaseText.NoCaseFound], _sut.Last.Texts);
        Assert.Equal(AuditOutcome.Denied, (await _sut.AuditAsync(Reference)).Last().Entry.Outcome);
    }

    [Fact]
    public async Task Status_NotAReference_AsksForOneAndLooksNothingUp()
    {
        await _sut.SayAsync("status Jane Smith");

        Assert.Equal([RootText.StatusNeedsReference], _sut.Last.Texts);
    }

    [Fact]
    public async Task Status_ShownToStaff_ContainsAdviceLineHours()
    {
        _sut.As(StatusPeople.StaffId);

        await _sut.SayAsync($"status {Reference}");

        Assert.True(_sut.LastSaid("open now until 4pm"), _sut.Describe());
    }

    // What a person sees: the text and cards, not the per-activity ids.
    private static string Visible(IReadOnlyList<Activity> replies)
        => JsonSerializer.Serialize(replies.Select(r => new { r.Type, r.Text, r.TextFormat, r.Summary, r.Attachments }), BotJson.Options);
}
