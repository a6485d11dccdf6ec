using CaseBot.Cases.Agenda;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.Tests.Agenda;

public sealed class DraftAgendaTests
{
    private static readonly ChronologyEntry[] Chronology =
    [
        new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero), ChronologyKind.KeyDate, "OH report received"),
        new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero), ChronologyKind.KeyDate, "Referral to OH"),
    ];

    [Theory]
    [InlineData(MeetingType.CaseManagementMeeting, AgendaText.CmmClinician)]
    [InlineData(MeetingType.CaseConference, AgendaText.ConferenceClinician)]
    public void For_MeetingType_ExplainsWhatTheOhClinicianCanSay(MeetingType type, string clinician)
    {
        var sut = DraftAgenda.For(type, "Agree adjustments", Chronology, d => d.ToString("d MMM", System.Globalization.CultureInfo.InvariantCulture));

        var consent = Assert.Single(sut, i => i.Title == AgendaText.RolesAndConsent);
        Assert.Contains(clinician, consent.Points);
    }

    [Fact]
    public void For_AnyMeeting_FollowsThePolicyOrderWithPurposeAndKeyDatesInDateOrder()
    {
        var sut = DraftAgenda.For(MeetingType.CaseConference, "Agree adjustments", Chronology, d => d.ToString("d MMM", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(
            [AgendaText.Introductions, AgendaText.RolesAndConsent, AgendaText.WhyCalled, AgendaText.CurrentSituation, AgendaText.EachIssue, AgendaText.Summary],
            sut.Select(i => i.Title));
        Assert.Equal(["Agree adjustments"], sut[2].Points);
        Assert.Equal([AgendaText.KeyDates, "2 Nov: Referral to OH", "20 Nov: OH report received"], sut[3].Points);
    }

    public static TheoryData<Role> EveryRole => new(Enum.GetValues<Role>());

    [Theory]
    [MemberData(nameof(EveryRole))]
    public void RoleResponsibilities_EveryRole_HasResponsibilitiesEndingInAccountabilityForActions(Role role)
    {
        var sut = RoleResponsibilities.For(role);

        Assert.NotEmpty(sut);
        Assert.Contains(sut, r => r.StartsWith("Accountable for implementing", StringComparison.Ordinal));
    }
}
