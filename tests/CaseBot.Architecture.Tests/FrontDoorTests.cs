using System.Reflection;
using CaseBot.Cases.Access;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;

namespace CaseBot.Architecture.Tests;

/// <summary>
/// The front doors reach cases through the use cases only: no type of the chat or the tab takes the case store, the audit log or the
/// access policy, so a lookup cannot skip its audit and a change cannot skip the retry policy or the access check.
/// </summary>
public sealed class FrontDoorTests
{
    private static readonly Type[] Underneath = [typeof(ICaseRepository), typeof(ICaseReferenceSearch), typeof(IAuditLog), typeof(CaseAccessPolicy)];

    [Theory]
    [InlineData("CaseBot.Dialogs")]
    [InlineData("CaseBot.Tab")]
    public void FrontDoor_NoTypeTakesWhatTheUseCasesWrap(string assembly)
    {
        var takers = Assembly.Load(assembly).GetTypes()
            .SelectMany(t => t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .SelectMany(c => c.GetParameters())
                .Concat(t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                    .SelectMany(m => m.GetParameters()))
                .Where(p => Underneath.Contains(p.ParameterType))
                .Select(p => $"{t.FullName} takes {p.ParameterType.Name}"))
            .Distinct()
            .Order(StringComparer.Ordinal);

        Assert.Empty(takers);
    }
}
