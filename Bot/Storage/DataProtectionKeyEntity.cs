namespace CaseBot.Bot.Storage;

/// <summary>
/// One ASP.NET Core Data Protection key, as the XML the key manager writes. Kept in the database so every instance reads the case
/// board's session cookies and anti-forgery tokens with the same keys (an instance behind a load balancer has no disk of its own).
/// </summary>
public sealed class DataProtectionKeyEntity
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public required string Xml { get; set; }
}
