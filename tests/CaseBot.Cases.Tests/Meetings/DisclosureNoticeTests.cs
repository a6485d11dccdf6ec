using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.Tests.Meetings;

public sealed class DisclosureNoticeTests
{
    [Theory]
    [InlineData("A Case Management Meeting where the individual is not present is disclosable in a court of law")]
    [InlineData("as is a Case Conference where the individual is present")]
    [InlineData("conducted fairly")]
    [InlineData("good practice")]
    [InlineData("relevant HR policy and guidance")]
    [InlineData("GDPR principles")]
    [InlineData("within the bounds of medical confidentiality on matters of consent")]
    public void Text_CoversEachPointOfThePolicy(string phrase)
        => Assert.Contains(phrase, DisclosureNotice.Text, StringComparison.Ordinal);
}
