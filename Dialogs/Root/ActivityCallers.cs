using CaseBot.BotFramework.Schema;
using CaseBot.Cases.Access;
using CaseBot.Casework.Callers;

namespace CaseBot.Dialogs.Root;

/// <summary>The caller of a turn, read from the activity by the rule every front door shares (<see cref="CaseCallers"/>).</summary>
internal static class ActivityCallers
{
    /// <summary>The caller, or null when the activity carries no Entra object id (<see cref="CaseBotActivityHandler"/> answers those turns itself).</summary>
    public static CaseCaller? FindCaller(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return CaseCallers.Identify(activity.GetTenantId(), activity.From?.AadObjectId);
    }

    /// <summary>The caller of a turn that reached a case command, which only an identified caller's turn does.</summary>
    public static CaseCaller Caller(this Activity activity)
        => activity.FindCaller() ?? throw new InvalidOperationException("A case command ran for an activity without an Entra object id.");
}
