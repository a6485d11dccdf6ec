using CaseBot.BotFramework.Schema;
using CaseBot.Cases.Access;
using CaseBot.Cases.Audit;

namespace CaseBot.Dialogs.Status;

/// <summary>The caller of a turn as the access policy and the audit know them: tenant and Entra object id, never the display name.</summary>
internal static class CaseCallers
{
    // Teams always sends aadObjectId; other channels may not, and cases opened there were saved under the channel id, so it is the fallback.
    public static CaseCaller Of(Activity activity)
    {
        var id = activity.From?.AadObjectId ?? activity.From?.Id;
        return new CaseCaller(activity.GetTenantId() ?? string.Empty, string.IsNullOrWhiteSpace(id) ? AuditEntry.UnknownActor : id);
    }
}
