using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.Tests.Meetings;

public sealed class RoleCatalogueTests
{
    public static TheoryData<Role, string> Names => new()
    {
        { Role.ReferringManager, "Referring Manager" },
        { Role.OhClinician, "OH Clinician" },
        { Role.EpsCaseworker, "EPS Caseworker" },
        { Role.Individual, "Individual" },
        { Role.Representative, "Individual's representative" },
        { Role.SeniorManager, "Senior Manager" },
        { Role.Other, "Other attendee" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Name_EveryRole_IsItsDisplayName(Role role, string name) => Assert.Equal(name, RoleCatalogue.Name(role));

    [Theory]
    [InlineData(Role.Individual, "the individual")]
    [InlineData(Role.Representative, "their representative")]
    [InlineData(Role.OhClinician, "the OH clinician")]
    public void InSentence_Role_IsHowASentenceNamesIt(Role role, string name) => Assert.Equal(name, RoleCatalogue.InSentence(role));

    [Fact]
    public void InSentence_EveryRole_HasADistinctName()
        => Assert.Equal(RoleCatalogue.All.Count, RoleCatalogue.All.Select(RoleCatalogue.InSentence).Distinct().Count());

    [Fact]
    public void All_EveryRole_IsListedOnce() => Assert.Equal(Enum.GetValues<Role>(), RoleCatalogue.All);
}
