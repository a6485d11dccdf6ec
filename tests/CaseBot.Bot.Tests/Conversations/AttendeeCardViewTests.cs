using System.Text.Json;
using CaseBot.Bot.Tests.Support;
using CaseBot.Cards.Actions;
using CaseBot.Cards.Records;
using CaseBot.Cards.Status;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Records;

namespace CaseBot.Bot.Tests.Conversations;

/// <summary>
/// Every read of a case through its cards goes through the access policy and the audit, as <c>status</c> and the board do: the case's
/// own people get their card; advice-line staff and admins who are not on it get the status card (no names, actions, decisions or
/// purpose); a stranger gets the refusal. Each refresh, and the record form's open, writes one <c>case.card-viewed</c> audit row.
/// </summary>
public sealed class AttendeeCardViewTests : IAsyncLifetime
{
    private ConversationHarness _sut = null!;
    private CriticalCase _case = null!;

    public static TheoryData<string, int?> Refreshes => new()
    {
        { CardVerbs.ActionsRefresh, null },
        { CardVerbs.AgendaRefresh, 1 },
        { CardVerbs.RecordRefresh, 1 },
    };

    public static TheoryData<string, int?, string> RefreshesByStaffAndAdmin => new()
    {
        { CardVerbs.ActionsRefresh, null, StatusPeople.StaffId },
        { CardVerbs.AgendaRefresh, 1, StatusPeople.StaffId },
        { CardVerbs.RecordRefresh, 1, StatusPeople.StaffId },
        { CardVerbs.ActionsRefresh, null, StatusPeople.AdminId },
        { CardVerbs.AgendaRefresh, 1, StatusPeople.AdminId },
        { CardVerbs.RecordRefresh, 1, StatusPeople.AdminId },
    };

    public async Task InitializeAsync()
    {
        _sut = await StatusPeople.StartAsync();
        _case = await _sut.SeedHeldAsync();
    }

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Theory]
    [MemberData(nameof(RefreshesByStaffAndAdmin))]
    public async Task Refresh_ByStaffOrAdminNotOnTheCase_ShowsTheStatusCardAndNothingOfTheAttendees(string verb, int? meeting, string caller)
    {
        _sut.As(caller);

        await _sut.InvokeAsync(verb, new CaseCardData(_case.Id, meeting));

        var card = _sut.AnsweredCard().GetRawText();
        Assert.Contains(JsonSerializer.Serialize(StatusText.Title(_case.Reference)), card, StringComparison.Ordinal);
        Assert.Contains(JsonSerializer.Serialize(StatusText.Privacy), card, StringComparison.Ordinal);
        foreach (var hidden in new[] { "Olive", "Ezra", "Isla", "Test User", "Send the adjustments report", "Phased return agreed", "return-to-work" })
        {
            Assert.DoesNotContain(hidden, card, StringComparison.Ordinal);
        }

        Assert.Empty(AttendeePeople.Executes(_sut.AnsweredCard()));
    }

    [Theory]
    [MemberData(nameof(RefreshesByStaffAndAdmin))]
    public async Task Refresh_ByStaffOrAdminNotOnTheCase_WritesOneAuditRowShown(string verb, int? meeting, string caller)
    {
        _sut.As(caller);

        await _sut.InvokeAsync(verb, new CaseCardData(_case.Id, meeting));

        var row = Assert.Single(await ViewsAsync());
        Assert.Equal((AuditOutcome.Shown, caller, (Guid?)_case.Id), (row.Outcome, row.ActorAadObjectId, row.CaseId));
    }

    [Theory]
    [InlineData(CardVerbs.ActionsRefresh, null, "Send the adjustments report")]
    [InlineData(CardVerbs.AgendaRefresh, 1, "Agree adjustments and a return-to-work plan.")]
    [InlineData(CardVerbs.RecordRefresh, 1, "Phased return agreed")]
    public async Task Refresh_ByAttendee_ShowsTheirCardAndWritesOneAuditRowShown(string verb, int? meeting, string shown)
    {
        _sut.ActAs(AttendeePeople.ClinicianId);

        await _sut.InvokeAsync(verb, new CaseCardData(_case.Id, meeting));

        var card = _sut.AnsweredCard().GetRawText();
        Assert.Contains(shown, card, StringComparison.Ordinal);
        Assert.DoesNotContain(JsonSerializer.Serialize(StatusText.Privacy), card, StringComparison.Ordinal);
        var row = Assert.Single(await ViewsAsync());
        Assert.Equal((AuditOutcome.Shown, AttendeePeople.ClinicianId), (row.Outcome, row.ActorAadObjectId));
    }

    [Theory]
    [MemberData(nameof(Refreshes))]
    public async Task Refresh_ByStranger_IsRefusedAndAuditedAsDenied(string verb, int? meeting)
    {
        _sut.As(StatusPeople.StrangerId);

        await _sut.InvokeAsync(verb, new CaseCardData(_case.Id, meeting));

        var card = _sut.AnsweredCard();
        Assert.Equal(CardNotices.NoSuchCase, AttendeePeople.Notice(card));
        Assert.DoesNotContain(_case.Reference.Value, card.GetRawText(), StringComparison.Ordinal);
        var row = Assert.Single(await ViewsAsync());
        Assert.Equal((AuditOutcome.Denied, StatusPeople.StrangerId, (Guid?)_case.Id), (row.Outcome, row.ActorAadObjectId, row.CaseId));
    }

    [Fact]
    public async Task RecordOpen_ByStaffNotOnTheCase_SaysOnlyTheLeadPostsNothingAndIsAudited()
    {
        var booked = await _sut.SeedBookedAsync("HR-2026-0143");
        _sut.As(StatusPeople.StaffId);

        await _sut.InvokeAsync(CardVerbs.RecordOpen, new CaseCardData(booked.Id, 1));

        Assert.Equal(RecordText.OnlyLead, _sut.Last.CardResponse!.Value!.Value.GetString());
        Assert.Empty(_sut.Last.Replies);
        var row = Assert.Single(await ViewsAsync(booked.Reference));
        Assert.Equal((AuditOutcome.Shown, StatusPeople.StaffId), (row.Outcome, row.ActorAadObjectId));
    }

    [Fact]
    public async Task RecordOpen_ByLead_IsAudited()
    {
        var booked = await _sut.SeedBookedAsync("HR-2026-0143");

        await _sut.InvokeAsync(CardVerbs.RecordOpen, new CaseCardData(booked.Id, 1));

        Assert.True(_sut.LastSaid(RecordCardText.FormTitle(MeetingType.CaseConference)), _sut.Describe());
        var row = Assert.Single(await ViewsAsync(booked.Reference));
        Assert.Equal((AuditOutcome.Shown, AttendeePeople.LeadId), (row.Outcome, row.ActorAadObjectId));
    }

    [Fact]
    public async Task Tick_ByStaffNotOnTheCase_SaysWhyNothingChangedWithoutTheList()
    {
        _sut.As(StatusPeople.StaffId);

        await _sut.InvokeAsync(CardVerbs.ActionTick, new ActionTickData(_case.Id, Guid.NewGuid()));

        var card = _sut.AnsweredCard();
        Assert.Equal(CardNotices.NoSuchAction, AttendeePeople.Notice(card));
        Assert.DoesNotContain("Send the adjustments report", card.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Olive", card.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordConfirm_ByStaffNotOnTheCase_SaysWhyNothingChangedWithoutTheRecord()
    {
        _sut.As(StatusPeople.StaffId);

        await _sut.InvokeAsync(CardVerbs.RecordConfirm, new CaseCardData(_case.Id, 1));

        var card = _sut.AnsweredCard();
        Assert.Equal(RecordText.NotAttendee, AttendeePeople.Notice(card));
        Assert.DoesNotContain("Phased return agreed", card.GetRawText(), StringComparison.Ordinal);
        Assert.Empty((await _sut.ReloadAsync(_case.Id)).LatestRecord!.Responses);
    }

    private async Task<List<AuditEntry>> ViewsAsync(CaseReference? reference = null)
        => [.. (await _sut.AuditAsync((reference ?? _case.Reference).Value)).Select(r => r.Entry).Where(e => e.Action == AuditAction.CaseCardViewed)];
}
