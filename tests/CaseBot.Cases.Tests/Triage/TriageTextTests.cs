using CaseBot.Cases.AdviceLine;
using CaseBot.Cases.Triage;

namespace CaseBot.Cases.Tests.Triage;

public sealed class TriageTextTests
{
    [Fact]
    public void UsualRoute_DefaultHours_IsTheSignpostAsEverWorded()
    {
        var sut = TriageText.UsualRoute(AdviceLineHours.ForUk());

        Assert.Equal(
            "Use the usual route: manage the case under the relevant HR policy, refer to Occupational Health where health affects work, and act on the advice in the OH report. For advice, contact the OH advice line (8am to 4pm on weekdays). If the case stalls or a trigger circumstance arises, check again.",
            sut);
    }

    [Fact]
    public void UsualRoute_ConfiguredHours_StatesThem()
    {
        var hours = new AdviceLineHours(TimeZoneInfo.FindSystemTimeZoneById(AdviceLineHours.UkTimeZoneId), new TimeOnly(9, 30), new TimeOnly(17, 0));

        var sut = TriageText.UsualRoute(hours);

        Assert.Contains("contact the OH advice line (9:30am to 5pm on weekdays).", sut, StringComparison.Ordinal);
        Assert.DoesNotContain("8am", sut, StringComparison.Ordinal);
        Assert.DoesNotContain("4pm", sut, StringComparison.Ordinal);
    }
}
