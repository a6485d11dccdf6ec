using System.Runtime.CompilerServices;

namespace CaseBot.Dialogs.Root;

/// <summary>
/// Reads an answer from a dialog's state where the steps have asked for it already. The steps run in order, so a missing answer
/// is a bug: it throws rather than turning into a default (a "no" nobody gave) on a saved case or a booked meeting.
/// </summary>
internal static class Answer
{
    public static T Given<T>(T? answer, [CallerArgumentExpression(nameof(answer))] string? name = null)
        where T : struct
        => answer ?? throw NotGiven(name);

    public static T Given<T>(T? answer, [CallerArgumentExpression(nameof(answer))] string? name = null)
        where T : class
        => answer ?? throw NotGiven(name);

    private static InvalidOperationException NotGiven(string? name) => new($"'{name}' is read before it was answered.");
}
