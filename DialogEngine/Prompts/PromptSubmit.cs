using System.Text.Json.Serialization;

namespace CaseBot.DialogEngine.Prompts;

/// <summary>
/// The data an Adaptive Card posts back to answer a prompt (Action.Submit: the message's <c>value</c>; Action.Execute: the invoke's
/// <c>value.action.data</c>). Card builders put this record in the action's <c>data</c>; the inputs' values are merged in by the client.
/// <list type="bullet">
/// <item>Single choice / confirm, one button per option: <c>{"promptId":"&lt;prompt dialog id&gt;","value":"&lt;choice value&gt;"}</c>.</item>
/// <item>Input on the card (Input.ChoiceSet, Input.Text, Input.Date): give the input the id <see cref="PromptOptions.InputId"/>
/// (default <c>value</c>) and post <c>{"promptId":"..."}</c>; the client adds <c>"&lt;inputId&gt;":"..."</c>.</item>
/// <item>Multi-select: an Input.ChoiceSet with isMultiSelect posts <c>"&lt;inputId&gt;":"a,b,c"</c> (empty = nothing chosen);
/// or one Input.Toggle per option with id <c>&lt;inputId&gt;.&lt;choice value&gt;</c> and valueOn "true"; a JSON array also works.</item>
/// <item>Date/time: Input.Date <c>&lt;inputId&gt;</c> ("2026-12-03") plus optional Input.Time <c>&lt;inputId&gt;.time</c> ("14:00").</item>
/// <item>Buttons for help, cancel, back and restart: <c>{"promptId":"...","command":"help|cancel|back|restart"}</c>.</item>
/// </list>
/// Cards should also post <c>"token"</c> = <see cref="PromptRenderRequest.Token"/>. A submit whose promptId is not the active prompt's
/// id, or whose token is not the active asking's token (the same prompt asked at another step), is treated as a stale card and the
/// current question is asked again. Typed answers need neither.
/// </summary>
public sealed record PromptSubmit(
    [property: JsonPropertyName(PromptSubmit.PromptIdProperty)] string PromptId,
    [property: JsonPropertyName(PromptSubmit.ValueProperty)] string? Value = null,
    [property: JsonPropertyName(PromptSubmit.CommandProperty)] string? Command = null,
    [property: JsonPropertyName(PromptSubmit.TokenProperty)] string? Token = null)
{
    // The names the cards post are these constants (the attributes above), so the readers that use them cannot drift from the writer.
    public const string PromptIdProperty = "promptId";
    public const string ValueProperty = "value";
    public const string CommandProperty = "command";
    public const string TokenProperty = "token";

    /// <summary>Suffix of the Input.Time id that goes with a date input (<c>&lt;inputId&gt;.time</c>).</summary>
    public const string TimeSuffix = ".time";
}
