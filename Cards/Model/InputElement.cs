namespace CaseBot.Cards.Model;

/// <summary>Common input properties: every input needs an id; labels make it accessible.</summary>
public abstract record InputElement : CardElement
{
    public string? Label { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }
}
