namespace CaseBot.Tab.Views;

/// <summary>What the lead's view of a case offers: reopening once closed; while open, closing, or why not yet (the domain's words).</summary>
public sealed record LeadClosing(bool IsClosed, string? WhyNotClose)
{
    public bool CanClose => !IsClosed && WhyNotClose is null;
}
