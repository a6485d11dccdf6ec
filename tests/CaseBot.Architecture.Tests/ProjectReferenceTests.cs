namespace CaseBot.Architecture.Tests;

/// <summary>
/// The shape of the house, from the project files: the domain depends on nothing, the use cases on the domain only, the dialog
/// engine on no case, the front doors (the chat, the tab) never on each other, and nothing on the host.
/// </summary>
public sealed class ProjectReferenceTests
{
    private static readonly string[] FrontDoors = ["Dialogs", "Tab"];

    // Each project's place: what it may reference directly. A new project fails here until it is given one.
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Cases"] = [],
        ["BotFramework"] = [],
        ["Casework"] = ["Cases"],
        ["DialogEngine"] = ["BotFramework"],
        ["Cards"] = ["Cases", "BotFramework"],
        ["Dialogs"] = ["Cases", "BotFramework", "Casework", "DialogEngine", "Cards"],
        ["Tab"] = ["Cases", "BotFramework", "Casework", "Cards"],
        ["Bot"] = ["Cases", "BotFramework", "Casework", "DialogEngine", "Cards", "Dialogs", "Tab"], // the host wires them all
    };

    private readonly ProjectGraph _graph = ProjectGraph.Load();

    [Fact]
    public void Projects_EachHasAPlaceAndReferencesOnlyWhatItMay()
    {
        Assert.Equal(Allowed.Keys.Order(StringComparer.Ordinal), _graph.Projects.Keys.Order(StringComparer.Ordinal));
        Assert.All(_graph.Projects.Keys, p => Assert.Subset(Allowed[p].ToHashSet(), _graph.Direct(p).ToHashSet()));
    }

    [Fact]
    public void Cases_ReferencesNoProjectPackageOrFramework()
    {
        var sut = _graph.Projects["Cases"];

        Assert.Equal((0, 0, 0), (sut.References.Count, sut.Packages.Count, sut.Frameworks.Count));
    }

    [Fact]
    public void Casework_SeesTheDomainOnly()
        => Assert.Equal(["Cases"], _graph.Reachable("Casework"));

    [Fact]
    public void Casework_NeedsNoWebFramework()
        => Assert.Empty(_graph.Projects["Casework"].Frameworks);

    [Theory]
    [InlineData("Cases")]
    [InlineData("Casework")]
    [InlineData("Cards")]
    [InlineData("Dialogs")]
    [InlineData("Tab")]
    public void DialogEngine_KnowsNothingOf(string project)
        => Assert.DoesNotContain(project, _graph.Reachable("DialogEngine"));

    [Fact]
    public void FrontDoors_NeverSeeEachOther()
    {
        foreach (var door in FrontDoors)
        {
            Assert.Empty(_graph.Reachable(door).Intersect(FrontDoors));
        }
    }

    [Fact]
    public void Cards_SeeNoFrontDoor()
        => Assert.Empty(_graph.Reachable("Cards").Intersect(FrontDoors));

    [Fact]
    public void NoProject_ReferencesTheHost()
        => Assert.All(_graph.Projects.Keys, p => Assert.DoesNotContain("Bot", _graph.Reachable(p)));
}
