using System.Net;
using CaseBot.Bot.Calendar;
using CaseBot.Cases.Booking;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CaseBot.Bot.Tests.Calendar;

/// <summary>Finding people to invite: Graph users through the real SDK (fake HTTP below it), and the offline configured directory.</summary>
public sealed class PeopleDirectoryTests
{
    private const string Olive = """{"id":"b2","displayName":"Olive Clinician","mail":"olive.clinician@example.org","userPrincipalName":"oc@example.org"}""";
    private readonly FakeGraphHandler _graph = new();

    [Fact]
    public async Task Graph_FindById_AsksForTheUserSelectingOnlyIdNameMailAndUpn()
    {
        _graph.Respond(HttpStatusCode.OK, Olive);

        var person = await Graph().FindByIdAsync("b2", default);

        Assert.Equal(new Person("Olive Clinician", "olive.clinician@example.org", "b2"), person);
        var request = Assert.Single(_graph.Requests);
        Assert.Equal("/v1.0/users/b2", request.Uri.AbsolutePath);
        Assert.Equal("id,displayName,mail,userPrincipalName", Uri.UnescapeDataString(request.Uri.Query).Split("$select=")[1]);
    }

    [Fact]
    public async Task Graph_FindByEmailNotAUpn_FallsBackToTheMailFilter()
    {
        _graph.Respond(HttpStatusCode.NotFound, """{"error":{"code":"Request_ResourceNotFound","message":"x"}}""")
            .Respond(HttpStatusCode.OK, $$"""{"value":[{{Olive}}]}""");

        var person = await Graph().FindByEmailAsync("olive.clinician@example.org", default);

        Assert.Equal("b2", person!.AadObjectId);
        Assert.Contains("mail eq 'olive.clinician@example.org'", Uri.UnescapeDataString(_graph.Requests[1].Uri.Query), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graph_NobodyWithThatAddress_IsNull()
    {
        _graph.Respond(HttpStatusCode.NotFound, """{"error":{"code":"Request_ResourceNotFound","message":"x"}}""").Respond(HttpStatusCode.OK, """{"value":[]}""");

        Assert.Null(await Graph().FindByEmailAsync("nobody@example.org", default));
    }

    [Fact]
    public async Task Graph_Forbidden_IsAPlainCalendarFailure()
    {
        _graph.Respond(HttpStatusCode.Forbidden, """{"error":{"code":"Authorization_RequestDenied","message":"x"}}""");

        var error = await Assert.ThrowsAsync<MeetingCalendarException>(() => Graph().FindByIdAsync("b2", default));

        Assert.Equal(CalendarFailure.NotPermitted, error.Failure);
    }

    [Fact]
    public async Task Offline_ConfiguredPerson_IsFoundByIdOrAddressWithTheirTeamsId()
    {
        var sut = Offline(new DirectoryPerson { DisplayName = "Megan Bowen", Email = "meganb@example.com", AadObjectId = "m-21" });

        Assert.Equal("m-21", (await sut.FindByEmailAsync("MeganB@example.com", default))!.AadObjectId);
        Assert.Equal("Megan Bowen", (await sut.FindByIdAsync("m-21", default))!.DisplayName);
    }

    [Fact]
    public async Task Offline_UnlistedAddress_IsInvitedByAddressWithANameFromIt()
        => Assert.Equal(new Person("Rory Rep", "rory.rep@union.example.net", null), await Offline().FindByEmailAsync("rory.rep@union.example.net", default));

    [Theory]
    [InlineData("not an address")]
    [InlineData("")]
    public async Task Offline_NotAnAddress_IsNull(string text)
        => Assert.Null(await Offline().FindByEmailAsync(text, default));

    private GraphPeopleDirectory Graph()
        => new(GraphClientBuilder.Create(new AnonymousAuthenticationProvider(), _graph), NullLogger<GraphPeopleDirectory>.Instance);

    private static ConfiguredPeopleDirectory Offline(params DirectoryPerson[] people)
        => new(new StaticOptions(new DirectoryOptions { People = [.. people] }));

    private sealed class StaticOptions(DirectoryOptions value) : IOptionsMonitor<DirectoryOptions>
    {
        public DirectoryOptions CurrentValue => value;

        public DirectoryOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<DirectoryOptions, string?> listener) => null;
    }
}
