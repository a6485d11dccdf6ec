namespace CaseBot.Casework.Changes;

/// <summary>
/// One gate per case (striped over a fixed set, so memory stays bounded) that queues this instance's changes to a case instead of
/// letting them race. Clicks on other instances still race; the repository's version check and <see cref="CaseChanges"/>'s retry
/// cover those.
/// </summary>
public sealed class CaseLocks : IDisposable
{
    private const int Stripes = 64;
    private readonly SemaphoreSlim[] _gates = [.. Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1))];

    public async Task<IDisposable> EnterAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var gate = _gates[(caseId.GetHashCode() & int.MaxValue) % Stripes];
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    public void Dispose()
    {
        foreach (var gate in _gates)
        {
            gate.Dispose();
        }
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
