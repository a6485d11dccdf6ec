using CaseBot.Bot.Calendar;
using CaseBot.Cases.Booking;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Tests.Calendar;

public sealed class MeetingCalendarRegistrationTests
{
    private const string Secret = "s3cret-value-never-shown";

    [Fact]
    public void AddMeetingCalendar_NoGraphSection_UsesTheOfflineCalendar()
    {
        using var sut = Build(new() { ["AdviceLine:ClosedDates:0"] = "2026-12-25" });

        Assert.IsType<OfflineMeetingCalendar>(sut.GetRequiredService<IMeetingCalendar>());
        Assert.Null(sut.GetService<Microsoft.Graph.GraphServiceClient>());
    }

    [Fact]
    public void AddMeetingCalendar_NoCalendarSection_UsesUkHoursAndTheAdviceLinesClosedDates()
    {
        using var sut = Build(new() { ["AdviceLine:ClosedDates:0"] = "2026-12-25" });

        var hours = sut.GetRequiredService<WorkingHours>();

        Assert.Equal(("Europe/London", new TimeOnly(9, 0), new TimeOnly(17, 0)), (hours.Zone.Id, hours.Start, hours.End));
        Assert.False(hours.IsWorkingDay(new DateOnly(2026, 12, 25)));
    }

    [Fact]
    public void AddMeetingCalendar_GraphEnabledWithTheBotsIdentity_UsesGraphWithThoseSettings()
    {
        using var sut = Build(new()
        {
            ["Graph:Enabled"] = "true",
            ["MicrosoftAppTenantId"] = "tenant-id",
            ["MicrosoftAppId"] = "app-id",
            ["MicrosoftAppPassword"] = Secret,
        });

        sut.GetRequiredService<IStartupValidator>().Validate();

        Assert.IsType<GraphMeetingCalendar>(sut.GetRequiredService<IMeetingCalendar>());
        var options = sut.GetRequiredService<IOptions<GraphOptions>>().Value;
        Assert.Equal(("tenant-id", "app-id", Secret), (options.TenantId, options.ClientId, options.ClientSecret));
    }

    [Fact]
    public void AddMeetingCalendar_GraphSettingsOfItsOwn_WinOverTheBots()
    {
        using var sut = Build(new()
        {
            ["Graph:Enabled"] = "true",
            ["Graph:ClientId"] = "graph-app",
            ["Graph:TenantId"] = "graph-tenant",
            ["Graph:ClientSecret"] = "graph-secret",
            ["MicrosoftAppId"] = "bot-app",
        });

        var options = sut.GetRequiredService<IOptions<GraphOptions>>().Value;

        Assert.Equal(("graph-tenant", "graph-app", "graph-secret"), (options.TenantId, options.ClientId, options.ClientSecret));
    }

    [Fact]
    public void AddMeetingCalendar_GraphEnabledWithoutIdentity_FailsStartupNamingTheSettings()
    {
        using var sut = Build(new() { ["Graph:Enabled"] = "true", ["MicrosoftAppPassword"] = Secret });

        var error = Assert.Throws<OptionsValidationException>(() => sut.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Graph:TenantId", error.Message, StringComparison.Ordinal);
        Assert.Contains("Graph:ClientId", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMeetingCalendar_WorkdayEndsBeforeItStarts_FailsStartup()
    {
        using var sut = Build(new() { ["Calendar:WorkdayStart"] = "17:00", ["Calendar:WorkdayEnd"] = "09:00" });

        var error = Assert.Throws<OptionsValidationException>(() => sut.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Calendar:WorkdayStart", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMeetingCalendar(configuration);
        return services.BuildServiceProvider();
    }
}
