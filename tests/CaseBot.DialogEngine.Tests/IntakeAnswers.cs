namespace CaseBot.DialogEngine.Tests;

/// <summary>The result of <see cref="SampleIntakeDialog"/>.</summary>
internal sealed record IntakeAnswers(
    string Name, string Urgency, IReadOnlyList<string> Symptoms, DateTimeOffset Appointment, TimeSpan Duration, bool Confirmed);
