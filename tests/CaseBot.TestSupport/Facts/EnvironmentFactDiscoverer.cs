using Xunit.Abstractions;
using Xunit.Sdk;

namespace CaseBot.TestSupport.Facts;

/// <summary>
/// Discovers facts as <see cref="EnvironmentDependentTestCase"/>s: a fact attribute names this discoverer to be skipped when its class
/// needs an environment variable that is not set (<see cref="RequiresEnvironmentVariableAttribute"/>).
/// </summary>
public sealed class EnvironmentFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    /// <summary>The discoverer's type and assembly, as <see cref="XunitTestCaseDiscovererAttribute"/> takes them.</summary>
    public const string TypeName = "CaseBot.TestSupport.Facts.EnvironmentFactDiscoverer";

    public const string AssemblyName = "CaseBot.TestSupport";

    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
        => new EnvironmentDependentTestCase(
            DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
}
