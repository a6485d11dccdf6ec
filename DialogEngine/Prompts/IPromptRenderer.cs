using CaseBot.BotFramework.Schema;

namespace CaseBot.DialogEngine.Prompts;

/// <summary>
/// Turns a prompt into the activities that show it. Prompts use the renderer given to their constructor, else one put in the
/// turn state (<c>turnContext.TurnState.Set&lt;IPromptRenderer&gt;(renderer)</c>), else <see cref="TextPromptRenderer"/>.
/// Card renderers should still accept typed answers, and post <see cref="PromptSubmit"/> data.
/// </summary>
public interface IPromptRenderer
{
    IReadOnlyList<Activity> Render(PromptRenderRequest request);
}
