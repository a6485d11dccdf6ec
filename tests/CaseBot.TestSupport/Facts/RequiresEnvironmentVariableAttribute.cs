namespace CaseBot.Bot.Tests.Storage;

/// <summary>Marks a test class whose <see cref="StorageFactAttribute"/> tests run only when <see cref="Name"/> is set (e.g. a PostgreSQL server).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class RequiresEnvironmentVariableAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
