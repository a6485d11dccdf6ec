using CaseBot.Cards.Status;
using CaseBot.Cases.CriticalCases;

namespace CaseBot.Cards.Tests.Status;

public sealed class StatusTextTests
{
    public static TheoryData<ChronologyKind> Kinds() => [.. Enum.GetValues<ChronologyKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Activity_EveryChronologyKind_HasPlainWords(ChronologyKind kind)
        => Assert.False(string.IsNullOrWhiteSpace(StatusText.Activity(kind)));
}
