using CaseBot.Cards.Model;

namespace CaseBot.Cards.Status;

/// <summary>A box for a case reference and a "Look up" button that posts <c>{"command":"status","reference":"…"}</c>.</summary>
public static class CaseSearchCard
{
    /// <summary>The command the button posts (the same word typed as "status &lt;reference&gt;").</summary>
    public const string Command = "status";

    /// <summary>The input's id, hence the property that carries the reference.</summary>
    public const string ReferenceInputId = "reference";

    public static AdaptiveCard Build() => new()
    {
        FallbackText = StatusText.SearchTitle,
        Body =
        [
            new TextBlock(StatusText.SearchTitle) { Style = TextBlockStyle.Heading, Size = TextSize.Medium, Weight = TextWeight.Bolder },
            new TextBlock(StatusText.SearchIntro),
            new TextInput
            {
                Id = ReferenceInputId,
                Label = StatusText.SearchLabel,
                Placeholder = StatusText.SearchPlaceholder,
                MaxLength = 40,
                IsRequired = true,
                Regex = "^[A-Za-z0-9][A-Za-z0-9._/-]{2,39}$",
                ErrorMessage = StatusText.SearchError,
            },
        ],
        Actions = [new SubmitAction(StatusText.LookUp) { Data = CardSerializer.Data(new CaseSearchSubmit(Command)), Style = ActionStyle.Positive }],
    };
}
