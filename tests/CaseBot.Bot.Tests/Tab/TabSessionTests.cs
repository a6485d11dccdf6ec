using System.Net;
using CaseBot.Tab;
using CaseBot.Tab.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Tests.Tab;

/// <summary>
/// A board session is checked on every request, not only when it starts: it is kept only if this instance could have made it. A cookie
/// from the local user picker, replayed on a Teams-mode instance that shares the database (and so its Data Protection keys), gets the
/// signed-out answer, as does a Teams-mode session whose tenant is not a GUID; local mode's own sessions keep working.
/// </summary>
public sealed class TabSessionTests(TeamsTabFixture fixture) : IClassFixture<TeamsTabFixture>
{
    private const string Cookie = "casebot-board";
    private const string Reference = "HR-2026-0610";
    private readonly int _logged = fixture.Logs.Entries.Count;

    [Fact]
    public async Task Session_MadeByTheLocalPickerReplayedInTeamsMode_GetsTheSignedOutAnswer()
    {
        await using var local = new TabHost(tenant: fixture.Tenant);
        await local.AddAsync(TabPeople.Open(local.Tenant, Reference, TimeProvider.System.GetUtcNow()));
        using var picked = await local.SignInAsync(TabPeople.AdviceLineId);
        await using var teams = fixture.CreateHost(fixture.Issuer.MetadataUrl, new() { ["Storage:SqlitePath"] = Path.Combine(local.ContentRoot, "data", "casebot.db") });
        using var sut = teams.Browser(https: true);
        sut.Carry(Cookie, picked.Cookie(Cookie)!);

        await sut.GetAsync($"/tab/lookup?reference={Reference}");

        Assert.Equal(("/tab?next=%2Ftab%2Flookup%3Freference%3DHR-2026-0610", HttpStatusCode.OK), (sut.Path, sut.Last!.StatusCode));
        Assert.Contains(TabText.SigningIn, TabSession.Text(sut.Html), StringComparison.Ordinal);
        Assert.DoesNotContain(Reference, TabSession.Text(sut.Html), StringComparison.Ordinal);
        Assert.Contains(sut.SetCookies, c => c.StartsWith($"{Cookie}=;", StringComparison.Ordinal) && c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(fixture.Logs.Entries.Skip(_logged), e => e.Message.Contains("Case board session refused: local-sign-in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Session_InTeamsModeWithATenantThatIsNotAGuid_GetsTheSignedOutAnswer()
    {
        using var sut = fixture.Host.Browser(https: true);
        sut.Carry(Cookie, Mint(fixture.Host, new TabUser(TabOptions.PlaygroundTenantId, TabPeople.AdviceLineId, null, TabUser.ViaTeams)));

        await sut.GetAsync("/tab/cases");

        Assert.Equal("/tab?next=%2Ftab%2Fcases", sut.Path);
        Assert.DoesNotContain($"<h1>{TabText.MyCases}</h1>", sut.Html, StringComparison.Ordinal);
        Assert.Contains(fixture.Logs.Entries.Skip(_logged), e => e.Message.Contains("Case board session refused: tenant-not-a-guid", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Session_InTeamsModeMadeByTeams_IsKeptOnEveryPage()
    {
        using var sut = fixture.Host.Browser(https: true);
        sut.Carry(Cookie, Mint(fixture.Host, new TabUser(fixture.Tenant, TabPeople.AdviceLineId, null, TabUser.ViaTeams)));

        await sut.GetAsync("/tab/cases");
        await sut.GetAsync("/tab/lookup");

        Assert.Equal(("/tab/lookup", HttpStatusCode.OK), (sut.Path, sut.Last!.StatusCode));
        Assert.DoesNotContain(sut.SetCookies, c => c.StartsWith($"{Cookie}=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Session_MadeByTheLocalPickerInThePlaygroundTenant_KeepsWorkingInLocalMode()
    {
        await using var local = new TabHost(tenant: TabOptions.PlaygroundTenantId);
        await local.AddAsync(TabPeople.Open(local.Tenant, Reference, TimeProvider.System.GetUtcNow()));
        using var sut = await local.SignInAsync(TabPeople.LeadId);

        await sut.GetAsync("/tab/actions");
        await sut.GetAsync("/tab/cases");

        Assert.Equal(("/tab/cases", HttpStatusCode.OK), (sut.Path, sut.Last!.StatusCode));
        Assert.Contains(Reference, sut.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_MadeByTeamsReplayedInLocalMode_GetsThePickerInstead()
    {
        await using var local = new TabHost(tenant: fixture.Tenant);
        using var sut = local.Browser();
        sut.Carry(Cookie, Mint(local, new TabUser(fixture.Tenant, TabPeople.AdviceLineId, null, TabUser.ViaTeams)));

        await sut.GetAsync("/tab/cases");

        Assert.Equal(("/tab/local?next=%2Ftab%2Fcases", HttpStatusCode.OK), (sut.Path, sut.Last!.StatusCode));
        Assert.Contains($"<h1>{TabText.PickUser}</h1>", sut.Html, StringComparison.Ordinal);
    }

    // A session cookie as the host itself would write it for user (protected with the host's Data Protection keys).
    private static string Mint(TabHost host, TabUser user)
    {
        var scheme = TabServiceCollectionExtensions.Scheme;
        var options = host.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(scheme);
        var now = TimeProvider.System.GetUtcNow();
        var properties = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now.AddMinutes(10) };
        return options.TicketDataFormat.Protect(new AuthenticationTicket(user.ToPrincipal(scheme), properties, scheme));
    }
}
