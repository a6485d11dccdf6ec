using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.Tests.Meetings;

/// <summary>The sentences about who must not attend are built from <see cref="Attendance"/>'s roles, so they say what the rule does.</summary>
public sealed class AttendanceTextTests
{
    public static TheoryData<MeetingType> EveryType => [.. Enum.GetValues<MeetingType>()];

    [Theory]
    [MemberData(nameof(EveryType))]
    public void Excluded_EveryMeetingType_NamesExactlyTheRolesItMustNotHave(MeetingType type)
    {
        var sut = AttendanceText.Excluded(type);

        Assert.Equal(Attendance.MustNotAttend(type).Order(), Named(sut));
    }

    [Theory]
    [MemberData(nameof(EveryType))]
    public void NeverAttend_EveryMeetingType_NamesExactlyTheRolesItMustNotHaveAndTheType(MeetingType type)
    {
        var sut = AttendanceText.NeverAttend(type);

        if (Attendance.MustNotAttend(type).Count == 0)
        {
            Assert.Null(sut);
            return;
        }

        Assert.Equal(Attendance.MustNotAttend(type).Order(), Named(sut!));
        Assert.EndsWith($" never attend a {MeetingCatalogue.Name(type)}.", sut, StringComparison.Ordinal);
    }

    [Fact]
    public void NeverAttend_Cmm_IsThePolicysWording()
        => Assert.Equal("The individual and their representative never attend a Case Management Meeting.", AttendanceText.NeverAttend(MeetingType.CaseManagementMeeting));

    [Fact]
    public void Excluded_Conference_IsEmpty() => Assert.Empty(AttendanceText.Excluded(MeetingType.CaseConference));

    [Fact]
    public void OnlyAttend_TheExcludedRoles_AttendOnlyWhereAttendanceAllowsThem()
    {
        var sut = AttendanceText.OnlyAttend();

        Assert.Equal("The individual and their representative attend only a Case Conference.", sut);
        var excluded = Enum.GetValues<MeetingType>().SelectMany(Attendance.MustNotAttend).Distinct().Order();
        Assert.Equal(excluded, Named(sut));
        Assert.All(excluded, role => Assert.True(Attendance.Allows(MeetingType.CaseConference, role)));
    }

    [Fact]
    public void Roles_ThreeOrMore_AreListedWithCommasAndAnd()
    {
        var sut = AttendanceText.Roles([Role.Individual, Role.Representative, Role.SeniorManager]);

        Assert.Equal("the individual, their representative and a senior manager", sut);
    }

    // The roles whose sentence names appear in the text (each name is distinct and none contains another).
    private static IEnumerable<Role> Named(string text)
        => RoleCatalogue.All.Where(r => text.Contains(RoleCatalogue.InSentence(r), StringComparison.OrdinalIgnoreCase)).Order();
}
