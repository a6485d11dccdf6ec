using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.Tests.Meetings;

public sealed class VenueCatalogueTests
{
    public static TheoryData<Venue, bool> External => new()
    {
        { Venue.WorkBase, false },
        { Venue.Home, false },
        { Venue.OccupationalHealth, false },
        { Venue.NeutralVenue, true },
        { Venue.OnlineOnly, false },
    };

    [Theory]
    [MemberData(nameof(External))]
    public void CostNote_OnlyExternalVenues_CarryThePolicyNote(Venue venue, bool external)
    {
        Assert.Equal(external ? MeetingText.ExternalVenueCostNote : null, VenueCatalogue.CostNote(venue));
        Assert.False(string.IsNullOrWhiteSpace(VenueCatalogue.Name(venue)));
    }

    [Fact]
    public void ExternalVenueCostNote_IsTheAgreedWording()
        => Assert.Equal(
            "Any costs, e.g. room hire, are paid by the department; external venues are booked through the organisation's usual routes.",
            MeetingText.ExternalVenueCostNote);

    [Fact]
    public void For_Cmm_LeavesOutTheIndividualsHome()
        => Assert.Equal([Venue.WorkBase, Venue.OccupationalHealth, Venue.NeutralVenue, Venue.OnlineOnly], VenueCatalogue.For(MeetingType.CaseManagementMeeting));

    [Fact]
    public void For_Conference_OffersEveryVenue()
        => Assert.Equal(Enum.GetValues<Venue>(), VenueCatalogue.For(MeetingType.CaseConference));
}
