namespace CaseBot.Cases.AdviceLine;

/// <summary>The advice line's phone and email, supplied by the host from the organisation's settings (never hard-coded here).</summary>
public sealed record AdviceLineContact
{
    public AdviceLineContact(string phone, string email)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phone);
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        Phone = phone.Trim();
        Email = email.Trim();
    }

    public string Phone { get; }

    public string Email { get; }
}
