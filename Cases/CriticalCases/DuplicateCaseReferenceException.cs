namespace CaseBot.Cases.CriticalCases;

/// <summary>The tenant already has a case with this reference.</summary>
public sealed class DuplicateCaseReferenceException : Exception
{
    public DuplicateCaseReferenceException()
    {
    }

    public DuplicateCaseReferenceException(string message)
        : base(message)
    {
    }

    public DuplicateCaseReferenceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
