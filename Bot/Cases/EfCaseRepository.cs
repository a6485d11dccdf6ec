using System.Text.Json;
using System.Text.Json.Serialization;
using CaseBot.Bot.Storage;
using CaseBot.Cases.CaseFiles;
using Microsoft.EntityFrameworkCore;

namespace CaseBot.Bot.Cases;

/// <summary>Cases in the CaseBot database; a reference is unique per tenant, and saves are checked against the version read.</summary>
internal sealed class EfCaseRepository(ICaseBotDbContextFactory contextFactory, TimeProvider timeProvider) : ICaseRepository
{
    internal static readonly JsonSerializerOptions Json = CreateJsonOptions();

    public async Task AddAsync(CriticalCase criticalCase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        db.Cases.Add(new CaseEntity
        {
            Id = criticalCase.Id,
            TenantId = criticalCase.TenantId,
            Reference = criticalCase.Reference.Value,
            LeadAadObjectId = criticalCase.LeadAadObjectId,
            Stage = criticalCase.Stage.ToString(),
            Json = JsonSerializer.Serialize(CaseDocument.From(criticalCase), Json),
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            throw new DuplicateCaseReferenceException("The tenant already has a case with this reference.", ex);
        }
    }

    public async Task<CriticalCase?> FindAsync(string tenantId, CaseReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Cases.AsNoTracking()
            .SingleOrDefaultAsync(c => c.TenantId == tenantId && c.Reference == reference.Value, cancellationToken);
        return row is null ? null : JsonSerializer.Deserialize<CaseDocument>(row.Json, Json)!.ToCase(row);
    }

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
