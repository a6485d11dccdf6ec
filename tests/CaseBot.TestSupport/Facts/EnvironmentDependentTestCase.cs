using Xunit.Abstractions;
using Xunit.Sdk;

namespace CaseBot.TestSupport.Facts;

/// <summary>
/// A test case skipped (not passed) when its class is marked <see cref="RequiresEnvironmentVariableAttribute"/> and the variable is
/// unset. The skip reason is worked out in <see cref="GetSkipReason"/>, which also runs after deserialization, so nothing extra is stored.
/// </summary>
public sealed class EnvironmentDependentTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer only.")]
    public EnvironmentDependentTestCase()
    {
    }

    public EnvironmentDependentTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay methodDisplay, TestMethodDisplayOptions methodDisplayOptions, ITestMethod testMethod)
        : base(diagnosticMessageSink, methodDisplay, methodDisplayOptions, testMethod)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute)
    {
        var required = TestMethod.TestClass.Class
            .GetCustomAttributes(typeof(RequiresEnvironmentVariableAttribute).AssemblyQualifiedName)
            .Select(a => (string)a.GetConstructorArguments().First())
            .FirstOrDefault(name => string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(name)));
        return required is null ? base.GetSkipReason(factAttribute) : $"Set {required} to run these tests.";
    }
}
