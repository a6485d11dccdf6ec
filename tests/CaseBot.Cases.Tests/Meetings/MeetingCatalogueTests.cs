using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.Tests.Meetings;

public sealed class MeetingCatalogueTests
{
    [Theory]
    [InlineData(MeetingType.CaseManagementMeeting, "Case Management Meeting")]
    [InlineData(MeetingType.CaseConference, "Case Conference")]
    public void Name_MeetingType_IsThePolicyName(MeetingType type, string name) => Assert.Equal(name, MeetingCatalogue.Name(type));

    [Theory]
    [InlineData(MeetingType.CaseManagementMeeting, "CMM")]
    [InlineData(MeetingType.CaseConference, "Case Conference")]
    public void ShortName_MeetingType_IsTheButtonName(MeetingType type, string name) => Assert.Equal(name, MeetingCatalogue.ShortName(type));

    [Fact]
    public void Name_EveryNeedIdentifiedBy_IsDistinctAndNotBlank()
    {
        var names = Enum.GetValues<NeedIdentifiedBy>().Select(MeetingCatalogue.Name).ToList();

        Assert.All(names, n => Assert.False(string.IsNullOrWhiteSpace(n)));
        Assert.Equal(names.Count, names.Distinct().Count());
    }
}
