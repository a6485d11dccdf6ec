using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace CaseBot.Bot.Storage;

/// <summary>
/// Data Protection's key store in the CaseBot database (table DataProtectionKeys), shared by every instance. Keys are read when the
/// key ring loads (on first use, then about daily) and written about every 90 days, so the interface's synchronous calls wait on the
/// asynchronous context factory; ASP.NET Core has no synchronisation context for that to deadlock on.
/// </summary>
internal sealed class DatabaseXmlRepository(ICaseBotDbContextFactory contextFactory) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = contextFactory.CreateDbContextAsync(CancellationToken.None).GetAwaiter().GetResult();
        return [.. db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList().Select(xml => XElement.Parse(xml))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var db = contextFactory.CreateDbContextAsync(CancellationToken.None).GetAwaiter().GetResult();
        db.DataProtectionKeys.Add(new DataProtectionKeyEntity { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
