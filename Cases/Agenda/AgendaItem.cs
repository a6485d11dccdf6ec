namespace CaseBot.Cases.Agenda;

/// <summary>One item of the meeting agenda, with its sub-points.</summary>
public sealed record AgendaItem(string Title, IReadOnlyList<string> Points);
