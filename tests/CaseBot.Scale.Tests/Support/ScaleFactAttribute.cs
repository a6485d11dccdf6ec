using Xunit.Sdk;

namespace CaseBot.Scale.Tests.Support;

/// <summary>A fact that is skipped when its test class needs an environment variable that is not set (see <see cref="RequiresEnvironmentVariableAttribute"/>).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[XunitTestCaseDiscoverer(EnvironmentFactDiscoverer.TypeName, EnvironmentFactDiscoverer.AssemblyName)]
public sealed class ScaleFactAttribute : FactAttribute;
