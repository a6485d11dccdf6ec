using CaseBot.DialogEngine;
using CaseBot.DialogEngine.Prompts;

namespace CaseBot.TestSupport.Dialogs;

/// <summary>A root dialog that asks one prompt and ends with its result, so a prompt can be tested through a real turn.</summary>
public sealed class PromptHarness : GuidedDialog
{
    public PromptHarness(Dialog prompt, PromptOptions options, PlainAnswers answers)
        : base(nameof(PromptHarness), answers)
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
