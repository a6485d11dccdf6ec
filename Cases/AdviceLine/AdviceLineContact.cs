namespace CaseBot.Cases.AdviceLine;

/// <summary>The advice line's phone and email, from the organisation's settings.</summary>
public sealed record AdviceLineContact(string Phone, string Email);
