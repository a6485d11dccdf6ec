using CaseBot.Dialogs.Engine;
using CaseBot.Dialogs.Engine.Prompts;

namespace CaseBot.Dialogs.Tests.Engine;

/// <summary>A root dialog that asks one prompt and ends with its result, so a prompt can be tested through a real turn.</summary>
internal sealed class PromptHarness : GuidedDialog
{
    public PromptHarness(Dialog prompt, PromptOptions options)
        : base(nameof(PromptHarness))
    {
        AddDialog(new WaterfallDialog(
            "ask",
            [
                (step, ct) => step.PromptAsync(prompt.Id, options, ct),
                (step, ct) => step.EndDialogAsync(step.Result, ct),
            ]));
        AddDialog(prompt);
    }
}
