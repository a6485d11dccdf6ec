using CaseBot.Cases.CriticalCases;

namespace CaseBot.Bot.Jobs;

/// <summary>Storage:Provider=Memory has no outbox (as the in-memory case repository drops notices): notices are counted, not sent.</summary>
internal sealed class DroppedCaseNotices : ICaseNoticeQueue
{
    private int _dropped;

    public int Dropped => Volatile.Read(ref _dropped);

    public Task<int> EnqueueAsync(CriticalCase criticalCase, IReadOnlyList<CaseNotice> notices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notices);
        Interlocked.Add(ref _dropped, notices.Count);
        return Task.FromResult(0);
    }
}
