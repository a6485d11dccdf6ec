using CaseBot.Cases.Access;
using CaseBot.Tab;

namespace CaseBot.Bot.Tests.Tab;

/// <summary>The local picker says what each person is and what they see, so a new user knows whom to pick for each view.</summary>
public sealed class TabLocalPickerTests(TabHostFixture fixture) : IClassFixture<TabHostFixture>
{
    [Theory]
    [InlineData("Ada Adviser", "OH advice line")]
    [InlineData("Alma Admin", "Admin")]
    [InlineData("Sue Service", "OH service")]
    [InlineData("Lee Lead", "Manager or attendee")]
    public async Task Picker_EachPerson_IsTaggedWithWhatTheyAre(string person, string tag)
    {
        using var browser = fixture.Host.Browser();

        await browser.GetAsync("/tab/local");

        var label = TabSession.Text(browser.Html[browser.Html.IndexOf(person, StringComparison.Ordinal)..].Split("</label>")[0]);
        Assert.StartsWith($"{person} {tag}", label, StringComparison.Ordinal);
    }

    [Fact]
    public void RolesOf_SeveralRoles_SaysEachWithWhatItSees()
        => Assert.Equal(["OH advice line", "OH service"], TabText.RolesOf(CallerRoles.AdviceLineStaff | CallerRoles.Service).Select(r => r.Tag));
}
