using Xunit.Abstractions;
using Xunit.Sdk;

namespace CaseBot.Bot.Tests.Storage;

/// <summary>Discovers <see cref="StorageFactAttribute"/> tests as <see cref="EnvironmentDependentTestCase"/>s.</summary>
public sealed class StorageFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
        => new EnvironmentDependentTestCase(
            DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
}
