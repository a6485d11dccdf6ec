using Microsoft.EntityFrameworkCore;

namespace CaseBot.Bot.Storage;

/// <summary>Adapts a provider's pooled factory to <see cref="ICaseBotDbContextFactory"/>.</summary>
internal sealed class CaseBotDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : ICaseBotDbContextFactory
    where TContext : CaseBotDbContext
{
    public async Task<CaseBotDbContext> CreateDbContextAsync(CancellationToken cancellationToken)
        => await inner.CreateDbContextAsync(cancellationToken);
}
