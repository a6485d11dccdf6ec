namespace CaseBot.Cases.Access;

/// <summary>
/// What a lookup found. <see cref="NotFound"/> and <see cref="Denied"/> are told apart only in the audit: the caller gets the same
/// answer for both, so a lookup never reveals that a case exists.
/// </summary>
public enum CaseAccessOutcome
{
    Granted,
    NotFound,
    Denied,
}
