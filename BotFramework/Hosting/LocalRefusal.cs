namespace CaseBot.BotFramework.Hosting;

/// <summary>Why local mode refused a request (<see cref="LocalCallers"/>): a stable code for the log, and a sentence for the caller.</summary>
public sealed record LocalRefusal(string Reason, string Detail)
{
    public const string Title = "Local mode serves this machine only";

    public static LocalRefusal NotLoopback { get; } = new("not-loopback", "Local mode serves callers on this machine only.");

    public static LocalRefusal Proxied { get; } = new("proxied", "Local mode refuses requests that came through a proxy or tunnel.");

    public static LocalRefusal ForeignHost { get; } = new("foreign-host", "Local mode answers to localhost, 127.0.0.1 or [::1] only.");

    public static LocalRefusal CrossSite { get; } = new("cross-site", "Local mode refuses requests made on behalf of another website.");
}
