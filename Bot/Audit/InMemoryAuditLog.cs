using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;

namespace CaseBot.Bot.Audit;

/// <summary>The audit log in process (Storage:Provider=Memory): a list that only grows.</summary>
internal sealed class InMemoryAuditLog : IAuditLog
{
    private readonly Lock _gate = new();
    private readonly List<AuditRecord> _records = [];

    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            _records.Add(new AuditRecord(_records.Count + 1, entry));
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditRecord>> ForCaseAsync(string tenantId, CaseReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<AuditRecord>>(
                [.. _records.Where(r => r.Entry.TenantId == tenantId && r.Entry.CaseReference == reference)]);
        }
    }
}
