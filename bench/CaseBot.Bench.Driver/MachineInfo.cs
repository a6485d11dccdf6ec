using System.Runtime.InteropServices;

namespace CaseBot.Bench.Driver;

/// <summary>The machine the figures come from, for the report's header.</summary>
internal static class MachineInfo
{
    public static string Describe()
    {
        var cpu = ReadValue("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memory = ReadValue("/proc/meminfo", "MemTotal") is { } total && long.TryParse(total.Split(' ')[0], out var kb) ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{kb / 1024 / 1024.0:F0} GB RAM") : "RAM unknown";
        var os = ReadValue("/etc/os-release", "PRETTY_NAME", '=')?.Trim('"') ?? RuntimeInformation.OSDescription;
        return $"{cpu}, {Cores} cores, {memory}, {os}, .NET {Environment.Version}";
    }

    /// <summary>The machine's cores, whatever this process is pinned to (Environment.ProcessorCount counts only the cores it may use).</summary>
    public static int Cores { get; } = Directory.Exists("/sys/devices/system/cpu")
        ? Math.Max(1, Directory.GetDirectories("/sys/devices/system/cpu", "cpu*").Count(d => int.TryParse(Path.GetFileName(d)[3..], out _)))
        : Environment.ProcessorCount;

    /// <summary>The 1-minute load average; 0 where /proc/loadavg does not exist.</summary>
    public static double LoadAverage()
        => File.Exists("/proc/loadavg")
            && double.TryParse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var load)
            ? load : 0;

    private static string? ReadValue(string path, string key, char separator = ':')
    {
        if (!File.Exists(path))
        {
            return null;
        }

        return File.ReadLines(path)
            .Where(l => l.StartsWith(key, StringComparison.Ordinal) && l.Contains(separator, StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(separator, StringComparison.Ordinal) + 1)..].Trim())
            .FirstOrDefault();
    }
}
