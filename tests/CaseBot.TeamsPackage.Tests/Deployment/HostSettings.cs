using System.Collections;
using System.Reflection;
using System.Text.Json.Nodes;
using CaseBot.BotFramework.Authentication;
using Microsoft.Extensions.Configuration;

namespace CaseBot.TeamsPackage.Tests.Deployment;

/// <summary>
/// Every setting the host reads in production, as configuration keys (<c>Section:Key</c>): the keys of Bot/appsettings.json, and the
/// properties of every options class the host binds (a class with a <c>SectionName</c> constant, plus the bot identity bound at the
/// root). A list or an object list is one setting. ASP.NET Core's own <c>Logging</c> levels are left out.
/// </summary>
internal static class HostSettings
{
    /// <summary>Read outside any options class: the database connection string (<c>GetConnectionString("CaseBot")</c> in Storage).</summary>
    public static readonly string[] ReadDirectly = ["ConnectionStrings:CaseBot"];

    private static readonly Type[] BoundAtTheRoot = [typeof(BotFrameworkAuthenticationOptions)];

    // The host's assembly (its Program class shares a name with the packager's).
    private static readonly Assembly HostAssembly = typeof(CaseBot.Bot.Storage.StorageOptions).Assembly;

    public static IReadOnlySet<string> All()
    {
        var settings = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        settings.UnionWith(FromAppSettings(File.ReadAllText(Path.Combine(CaseBot.TestSupport.RepositoryRoot.Path, "Bot", "appsettings.json"))));
        settings.UnionWith(FromOptionsClasses());
        settings.UnionWith(ReadDirectly);
        return settings;
    }

    /// <summary>The leaf keys of an appsettings.json document; an array is one key.</summary>
    public static IEnumerable<string> FromAppSettings(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        return root.Where(p => p.Key != "Logging").SelectMany(p => Leaves(p.Key, p.Value));
    }

    public static IEnumerable<string> FromOptionsClasses()
    {
        var assemblies = HostAssembly.GetReferencedAssemblies()
            .Where(a => a.Name!.StartsWith("CaseBot.", StringComparison.Ordinal))
            .Select(Assembly.Load)
            .Append(HostAssembly);
        var sections = assemblies.SelectMany(a => a.GetTypes())
            .Select(t => (Type: t, Field: t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)))
            .Where(x => x.Field is { IsLiteral: true })
            .Select(x => (x.Type, Prefix: (string)x.Field!.GetRawConstantValue()! + ":"))
            .Concat(BoundAtTheRoot.Select(t => (Type: t, Prefix: string.Empty)));
        return sections.SelectMany(s => Properties(s.Type, s.Prefix));
    }

    private static IEnumerable<string> Leaves(string key, JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Leaves($"{key}:{p.Key}", p.Value)),
        _ => [key],
    };

    private static IEnumerable<string> Properties(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
        {
            var propertyType = property.PropertyType;
            var nested = propertyType.IsClass && propertyType != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(propertyType)
                && propertyType.Assembly.GetName().Name!.StartsWith("CaseBot.", StringComparison.Ordinal);
            if (nested)
            {
                foreach (var inner in Properties(propertyType, $"{prefix}{property.Name}:"))
                {
                    yield return inner;
                }
            }
            else if (property.GetCustomAttribute<ConfigurationKeyNameAttribute>() is { } keyName)
            {
                // A key named outright (BotFramework:LocalMode on the root-bound identity) is that key, not the property's name.
                yield return prefix + keyName.Name;
            }
            else
            {
                yield return prefix + property.Name;
            }
        }
    }
}
