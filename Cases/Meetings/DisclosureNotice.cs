namespace CaseBot.Cases.Meetings;

/// <summary>The policy's disclosure paragraph, shown with every recommendation and invite.</summary>
public static class DisclosureNotice
{
    public const string Text =
        "A Case Management Meeting where the individual is not present is disclosable in a court of law, as is a Case Conference " +
        "where the individual is present. Both meetings must be conducted fairly and in accordance with good practice, relevant HR " +
        "policy and guidance, GDPR principles, and with due regard to remaining within the bounds of medical confidentiality on " +
        "matters of consent.";
}
