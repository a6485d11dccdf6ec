namespace CaseBot.Cases;

/// <summary>A request the case rules do not allow; the message is plain and safe to show to the user.</summary>
public sealed class CaseRuleException : Exception
{
    public CaseRuleException()
    {
    }

    public CaseRuleException(string message)
        : base(message)
    {
    }

    public CaseRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
