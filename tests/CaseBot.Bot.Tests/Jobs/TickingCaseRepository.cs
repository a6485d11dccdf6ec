using CaseBot.Cases.CriticalCases;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Jobs;

/// <summary>
/// Wraps the registered case repository: just before the first save by <see cref="Actor"/>, the owner of <see cref="ActionId"/> ticks it
/// in a save of their own, as a user clicking while the job runs would, so the job's save meets a real version conflict.
/// </summary>
internal sealed class TickingCaseRepository(ICaseRepository inner) : ICaseRepository
{
    public string Actor { get; set; } = string.Empty;

    public Guid ActionId { get; set; }

    public int Conflicts { get; private set; }

    public static void Register(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(ICaseRepository));
        services.Remove(registered);
        services.AddSingleton(sp => new TickingCaseRepository((ICaseRepository)registered.ImplementationFactory!(sp)));
        services.AddSingleton<ICaseRepository>(sp => sp.GetRequiredService<TickingCaseRepository>());
    }

    public async Task UpdateAsync(CriticalCase criticalCase, string actorAadObjectId, IReadOnlyList<CaseNotice> notices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        if (actorAadObjectId == Actor && Conflicts == 0)
        {
            var fresh = (await inner.FindByIdAsync(criticalCase.Id, cancellationToken))!;
            var owner = fresh.Actions.Single(a => a.Id == ActionId).OwnerAadObjectId;
            fresh.TickAction(ActionId, owner, criticalCase.LastActivity);
            await inner.UpdateAsync(fresh, owner, cancellationToken);
            Conflicts++;
        }

        await inner.UpdateAsync(criticalCase, actorAadObjectId, notices, cancellationToken);
    }

    public Task AddAsync(CriticalCase criticalCase, CancellationToken cancellationToken) => inner.AddAsync(criticalCase, cancellationToken);

    public Task<CriticalCase?> FindAsync(string tenantId, CaseReference reference, CancellationToken cancellationToken) => inner.FindAsync(tenantId, reference, cancellationToken);

    public Task<CriticalCase?> FindByIdAsync(Guid caseId, CancellationToken cancellationToken) => inner.FindByIdAsync(caseId, cancellationToken);

    public IAsyncEnumerable<CriticalCase> ListByStageAsync(IReadOnlyCollection<CaseStage> stages, CancellationToken cancellationToken) => inner.ListByStageAsync(stages, cancellationToken);

    public Task<CriticalCase?> FindByMeetingChatAsync(string tenantId, string chatId, CancellationToken cancellationToken)
        => inner.FindByMeetingChatAsync(tenantId, chatId, cancellationToken);

    public Task<IReadOnlyList<CriticalCase>> ListForParticipantAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
        => inner.ListForParticipantAsync(tenantId, aadObjectId, cancellationToken);
}
