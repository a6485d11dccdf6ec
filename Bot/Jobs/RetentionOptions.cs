namespace CaseBot.Bot.Jobs;

/// <summary>
/// How long closed cases are kept (section <c>Retention</c>). The default, six years after closing, follows the six-year limitation
/// period for most civil claims in England and Wales (Limitation Act 1980): seed 000 notes that case meetings are disclosable in court
/// and lists a real risk of litigation as a trigger. Set it to the organisation's records retention schedule.
/// </summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>False keeps every closed case (nothing is purged).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>An ISO 8601 period counted from the day the case closed, at least four weeks: "P6Y", "P7Y", "P18M".</summary>
    public string ClosedCaseRetention { get; set; } = "P6Y";

    /// <summary>Cases purged per database round trip.</summary>
    public int BatchSize { get; set; } = 100;
}
