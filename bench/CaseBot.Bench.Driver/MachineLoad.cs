using System.Globalization;

namespace CaseBot.Bench.Driver;

/// <summary>
/// What else the machine was doing just before a point: the 1-minute load average, the CPU the rest of the machine used while the
/// benchmark itself was idle (in cores; the driver's and the bot's own CPU taken out), and the hypervisor's steal (% of CPU time).
/// </summary>
internal sealed record MachineLoad(double LoadAverage, double OtherCores, double StealPercent)
{
    public static MachineLoad Unknown { get; } = new(0, 0, 0);

    /// <summary>Samples /proc for <paramref name="window"/> while the benchmark idles; <paramref name="ownPids"/> are the benchmark's processes.</summary>
    public static async Task<MachineLoad> SampleAsync(TimeSpan window, IReadOnlyList<int> ownPids, CancellationToken cancellationToken)
    {
        if (!File.Exists("/proc/stat"))
        {
            return Unknown;
        }

        var (busy0, steal0, total0) = CpuTicks();
        var own0 = ownPids.Sum(ProcessTicks);
        var start = DateTime.UtcNow;
        await Task.Delay(window, cancellationToken);
        var (busy1, steal1, total1) = CpuTicks();
        var own1 = ownPids.Sum(ProcessTicks);
        var seconds = (DateTime.UtcNow - start).TotalSeconds;

        // /proc/stat and /proc/<pid>/stat count in clock ticks (USER_HZ, 100 per second).
        var other = Math.Max(0, (busy1 - busy0) - (own1 - own0)) / 100.0 / seconds;
        var steal = total1 > total0 ? 100.0 * (steal1 - steal0) / (total1 - total0) : 0;
        return new MachineLoad(MachineInfo.LoadAverage(), other, steal);
    }

    /// <summary>Busy (user, nice, system, irq, softirq), steal and total ticks of all CPUs, from the first line of /proc/stat.</summary>
    private static (long Busy, long Steal, long Total) CpuTicks()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        long At(int i) => i < fields.Length ? fields[i] : 0;
        var busy = At(0) + At(1) + At(2) + At(5) + At(6);
        return (busy, At(7), busy + At(3) + At(4) + At(7));
    }

    private static long ProcessTicks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0; // the process is gone
        }
    }
}
