namespace CaseBot.TestSupport.Facts;

/// <summary>Marks a test class whose <see cref="EnvironmentFactDiscoverer"/> tests (e.g. the storage and scale facts) run only when <see cref="Name"/> is set (e.g. a PostgreSQL server).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class RequiresEnvironmentVariableAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
