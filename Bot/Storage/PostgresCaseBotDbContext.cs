using Microsoft.EntityFrameworkCore;

namespace CaseBot.Bot.Storage;

/// <summary>The PostgreSQL flavour of <see cref="CaseBotDbContext"/>.</summary>
public sealed class PostgresCaseBotDbContext(DbContextOptions<PostgresCaseBotDbContext> options) : CaseBotDbContext(options);
