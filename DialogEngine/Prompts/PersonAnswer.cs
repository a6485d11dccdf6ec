namespace CaseBot.DialogEngine.Prompts;

/// <summary>Who was named: an Entra object id from the people picker, or a typed email address; or nobody, when skipping is allowed.</summary>
public sealed record PersonAnswer(string? AadObjectId, string? Email, bool Skipped)
{
    public static PersonAnswer Skip { get; } = new(null, null, true);

    public override string ToString() => $"PersonAnswer {{ HasId = {AadObjectId is not null}, HasEmail = {Email is not null}, Skipped = {Skipped} }}";
}
