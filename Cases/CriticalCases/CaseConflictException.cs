namespace CaseBot.Cases.CriticalCases;

/// <summary>The case changed since it was read; the change was not saved.</summary>
public sealed class CaseConflictException : Exception
{
    public CaseConflictException()
    {
    }

    public CaseConflictException(string message)
        : base(message)
    {
    }

    public CaseConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
