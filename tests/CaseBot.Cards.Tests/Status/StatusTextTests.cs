using CaseBot.Cards.Status;
using CaseBot.Cases.CriticalCases;

namespace CaseBot.Cards.Tests.Status;

public sealed class StatusTextTests
{
    // The status card reads CriticalCase.Chronology, which never holds the individual's private preparation events.
    public static TheoryData<ChronologyKind> Kinds() => [.. Enum.GetValues<ChronologyKind>().Where(k => !ChronologyEntry.IsPrivate(k))];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Activity_EveryChronologyKind_HasPlainWords(ChronologyKind kind)
        => Assert.False(string.IsNullOrWhiteSpace(StatusText.Activity(kind)));
}
