using System.Globalization;

namespace CaseBot.Bench.Driver;

/// <summary>Who the driver plays: one tenant, a pool of managers (conversation n belongs to manager n mod pool), and the bot.</summary>
internal static class BenchIdentity
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd0110b47";
    public const string BotId = "28:bench-bot";
    public const int Managers = 1000;

    public static int ManagerOf(long conversation) => (int)(conversation % Managers);

    public static string UserId(int manager) => "29:bench-user-" + manager.ToString(CultureInfo.InvariantCulture);

    public static string AadObjectId(int manager) => "00000000-0000-4000-8000-" + manager.ToString("D12", CultureInfo.InvariantCulture);
}
