namespace CaseBot.DialogEngine.Tests;

/// <summary>What <see cref="SampleIntakeDialog"/> keeps between its steps; null until answered.</summary>
internal sealed record IntakeState
{
    public string? Name { get; init; }

    public string? Urgency { get; init; }

    public IReadOnlyList<string>? Symptoms { get; init; }

    public DateTimeOffset? Appointment { get; init; }

    public TimeSpan? Duration { get; init; }
}
