using CaseBot.BotFramework.Schema;
using CaseBot.Cases.Access;
using CaseBot.Casework.Callers;

namespace CaseBot.Dialogs.Root;

/// <summary>The caller of a turn, read from the activity by the rule every front door shares (<see cref="CaseCallers"/>).</summary>
internal static class ActivityCallers
{
    public static CaseCaller Caller(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return CaseCallers.Identify(activity.GetTenantId(), activity.From?.AadObjectId, activity.From?.Id);
    }
}
