namespace CaseBot.Bot.Storage;

/// <summary>Creates a context for whichever provider is configured (pooled underneath).</summary>
public interface ICaseBotDbContextFactory
{
    Task<CaseBotDbContext> CreateDbContextAsync(CancellationToken cancellationToken);
}
