using CaseBot.Bot.AdviceLine;
using CaseBot.Cases.AdviceLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Tests.AdviceLine;

public sealed class AdviceLineRegistrationTests
{
    private static readonly Dictionary<string, string?> Contact = new() { ["AdviceLine:Phone"] = "023 8062 6600", ["AdviceLine:Email"] = "oh@example.org" };

    [Fact]
    public void AddAdviceLine_NoHoursConfigured_IsOpenEightToFourUkTime()
    {
        using var sut = Build([]);

        var hours = sut.GetRequiredService<AdviceLineHours>();

        Assert.Equal(("Europe/London", new TimeOnly(8, 0), new TimeOnly(16, 0)), (hours.Zone.Id, hours.Opens, hours.Closes));
        Assert.Equal("8am to 4pm on weekdays (UK time)", hours.Summary);
    }

    [Fact]
    public void AddAdviceLine_HoursConfigured_OpensAndClosesAtThem()
    {
        using var sut = Build(new() { ["AdviceLine:Opens"] = "09:30", ["AdviceLine:Closes"] = "17:00", ["AdviceLine:ClosedDates:0"] = "2026-12-25" });

        sut.GetRequiredService<IStartupValidator>().Validate();
        var hours = sut.GetRequiredService<AdviceLineHours>();

        Assert.Equal((new TimeOnly(9, 30), new TimeOnly(17, 0)), (hours.Opens, hours.Closes));
        Assert.Equal("9:30am to 5pm on weekdays (UK time)", hours.Summary);
        Assert.False(hours.IsWorkingDay(new DateOnly(2026, 12, 25)));
    }

    [Theory]
    [InlineData("16:00", "08:00")]
    [InlineData("09:00", "09:00")]
    public void AddAdviceLine_OpensNotBeforeCloses_FailsStartup(string opens, string closes)
    {
        using var sut = Build(new() { ["AdviceLine:Opens"] = opens, ["AdviceLine:Closes"] = closes });

        var error = Assert.Throws<OptionsValidationException>(() => sut.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("AdviceLine:Opens must be before AdviceLine:Closes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("01:30", "16:00")]
    [InlineData("00:00", "01:00")]
    public void AddAdviceLine_TimeTheUkClocksSkipOrRepeat_FailsStartup(string opens, string closes)
    {
        using var sut = Build(new() { ["AdviceLine:Opens"] = opens, ["AdviceLine:Closes"] = closes });

        var error = Assert.Throws<OptionsValidationException>(() => sut.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("clock changes", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Contact).AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddAdviceLine(configuration);
        return services.BuildServiceProvider();
    }
}
