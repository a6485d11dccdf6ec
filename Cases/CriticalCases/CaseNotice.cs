namespace CaseBot.Cases.CriticalCases;

/// <summary>
/// A message to deliver because a case changed (a card to an attendee, a reminder, a note to the lead). Saved with the change, in the
/// same transaction, and delivered afterwards, so a crash can neither lose it nor send it for a change that was not saved.
/// </summary>
/// <param name="Kind">What it is (e.g. "agenda", "roles", "actions", "record", "reminder", "note"); cards are later found by it to update.</param>
/// <param name="RecipientAadObjectId">Who gets it in their 1:1 chat with CaseBot; null when <paramref name="ConversationId"/> is set.</param>
/// <param name="ConversationId">A group chat to post to instead; null for a 1:1 chat.</param>
/// <param name="Payload">The message itself, opaque here (the host's activity JSON).</param>
/// <param name="DedupKey">Unique per message: the same key twice is delivered once.</param>
/// <param name="UpdateOf">When set, the payload replaces every message already delivered for this case with this <paramref name="Kind"/> value instead of being sent as a new one (a card updated for everyone).</param>
public sealed record CaseNotice(string Kind, string? RecipientAadObjectId, string? ConversationId, string Payload, string DedupKey, string? UpdateOf = null)
{
    /// <summary>No recipient or payload, so a notice written to a log gives nothing away.</summary>
    public override string ToString() => $"CaseNotice {{ Kind = {Kind}, UpdateOf = {UpdateOf} }}";
}
