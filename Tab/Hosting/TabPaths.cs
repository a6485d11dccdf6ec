using CaseBot.Cases.CriticalCases;

namespace CaseBot.Tab.Hosting;

/// <summary>The board's addresses, and the only places a sign-in may send the user on to.</summary>
public static class TabPaths
{
    public const string Root = "/tab";
    public const string Assets = "/tab/assets";
    public const string Session = "/tab/session";
    public const string MyCases = "/tab/cases";
    public const string LookUp = "/tab/lookup";
    public const string Actions = "/tab/actions";
    public const string Service = "/tab/service";
    public const string Local = "/tab/local";
    public const string Configure = "/tab/configure";

    /// <summary>Ends a Teams session (a POST from the sign-out button on every page), then <see cref="SignedOut"/>.</summary>
    public const string SignOut = "/tab?handler=SignOut";

    /// <summary>The sign-in page after a sign-out: it says so and waits for "Sign in again" instead of signing in at once.</summary>
    public const string SignedOut = "/tab?signed-out=true";

    /// <summary>Where to go after signing in: a board page (never another site, nor the sign-in pages again); else My cases.</summary>
    public static string SafeNext(string? next)
    {
        if (string.IsNullOrEmpty(next) || next.Length > 512 || !next.StartsWith(Root + "/", StringComparison.Ordinal)
            || next.Contains("//", StringComparison.Ordinal) || next.Contains('\\', StringComparison.Ordinal)
            || next.StartsWith(Local, StringComparison.OrdinalIgnoreCase) || next.StartsWith(Session, StringComparison.OrdinalIgnoreCase))
        {
            return MyCases;
        }

        return next;
    }

    /// <summary>The page a configurable tab opens for one case (the chat's case): its lookup, submitted as soon as it loads.</summary>
    public static string CaseTab(CaseReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return $"{LookUp}?reference={Uri.EscapeDataString(reference.Value)}&open=1";
    }
}
