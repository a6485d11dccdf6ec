using CaseBot.Cases.Actions;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.Tests.Actions;

public sealed class ActionItemTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly ActionItem _sut = new(Guid.NewGuid(), "Arrange a workstation assessment", Role.ReferringManager, "aad-owner", new DateOnly(2026, 12, 5));

    [Fact]
    public void Tick_ByOwner_MarksDoneWithTheTime()
    {
        var (item, outcome) = _sut.Tick("AAD-OWNER", Now);

        Assert.Equal(TickOutcome.Done, outcome);
        Assert.Equal(ActionState.Done, item.State);
        Assert.Equal(Now, item.DoneAt);
    }

    [Fact]
    public void Tick_Twice_IsOneTick()
    {
        var (once, _) = _sut.Tick("aad-owner", Now);

        var (twice, outcome) = once.Tick("aad-owner", Now.AddMinutes(5));

        Assert.Equal(TickOutcome.AlreadyDone, outcome);
        Assert.Equal(Now, twice.DoneAt);
    }

    [Fact]
    public void Tick_BySomeoneElse_IsRefusedAndChangesNothing()
    {
        var (item, outcome) = _sut.Tick("aad-other", Now);

        Assert.Equal(TickOutcome.NotYours, outcome);
        Assert.Same(_sut, item);
        Assert.Equal(ActionState.Open, item.State);
    }

    [Theory]
    [InlineData("2026-12-05", false)]
    [InlineData("2026-12-06", true)]
    public void IsOverdue_AfterTheDueDate(string today, bool overdue)
        => Assert.Equal(overdue, _sut.IsOverdue(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void IsOverdue_DoneAction_IsNeverOverdue()
        => Assert.False(_sut.Tick("aad-owner", Now).Item.IsOverdue(new DateOnly(2027, 1, 1)));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_NoDescription_IsRefused(string description)
        => Assert.Throws<CaseRuleException>(() => new ActionItem(Guid.NewGuid(), description, Role.OhClinician, "aad", new DateOnly(2026, 12, 1)));

    [Fact]
    public void Constructor_NoOwner_IsRefused()
        => Assert.Throws<CaseRuleException>(() => new ActionItem(Guid.NewGuid(), "x", Role.OhClinician, " ", new DateOnly(2026, 12, 1)));
}
