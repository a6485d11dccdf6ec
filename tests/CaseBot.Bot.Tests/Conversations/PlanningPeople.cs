namespace CaseBot.Bot.Tests.Conversations;

/// <summary>The offline directory of the planning tests: the manager (the harness's user) and an OH clinician, both with Teams ids.</summary>
internal static class PlanningPeople
{
    public const string ManagerId = "00000000-0000-0000-0000-0000000000aa";
    public const string ManagerEmail = "test.user@example.org";
    public const string ClinicianId = "00000000-0000-0000-0000-0000000000b2";
    public const string ClinicianEmail = "olive.clinician@example.org";
    public const string CaseworkerEmail = "ezra.caseworker@example.org";

    public static Dictionary<string, string?> Settings { get; } = new()
    {
        ["Directory:People:0:DisplayName"] = "Test User",
        ["Directory:People:0:Email"] = ManagerEmail,
        ["Directory:People:0:AadObjectId"] = ManagerId,
        ["Directory:People:1:DisplayName"] = "Olive Clinician",
        ["Directory:People:1:Email"] = ClinicianEmail,
        ["Directory:People:1:AadObjectId"] = ClinicianId,
    };
}
