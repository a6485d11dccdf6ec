using CaseBot.DialogEngine.Prompts;

namespace CaseBot.DialogEngine.Tests;

/// <summary>A guided flow using every prompt, as CaseBot's real flows will: name, urgency, symptoms, appointment, length, confirm.</summary>
internal sealed class SampleIntakeDialog : GuidedDialog
{
    public const string AskName = "What is your name?";
    public const string AskUrgency = "How urgent is it?";
    public const string AskSymptoms = "Which symptoms apply?";
    public const string AskAppointment = "When can you attend?";
    public const string AskDuration = "How long can you stay?";
    public const string AskConfirm = "Shall I submit this?";
    public const string NameHelp = "Your name as it appears on your employee record.";
    public const string UrgencyHelp = "Urgent means someone needs to call you today.";
    public const string UrgencyRetry = "Please pick how urgent it is.";
    public const string Done = "Submitted.";

    public static IReadOnlyList<Choice> Urgencies { get; } =
    [
        new("urgent", "Urgent", ["asap", "emergency"]),
        new("soon", "Within a week"),
        new("routine", "Routine"),
    ];

    public static IReadOnlyList<Choice> Symptoms { get; } =
    [
        new("back", "Back pain"),
        new("stress", "Stress and anxiety", ["anxiety"]),
        new("sleep", "Sleep problems"),
        new("headache", "Headaches"),
        new("other", "Something else"),
    ];

    public SampleIntakeDialog(TimeProvider timeProvider)
        : base(nameof(SampleIntakeDialog), TestAnswers.Plain)
    {
        AddDialog(new WaterfallDialog(
            "intake",
            [NameStepAsync, UrgencyStepAsync, SymptomsStepAsync, AppointmentStepAsync, DurationStepAsync, ConfirmStepAsync, SummaryStepAsync]));
        AddDialog(new TextPrompt(nameof(TextPrompt), maxLength: 60));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt), TestAnswers.Plain));
        AddDialog(new MultiSelectPrompt(nameof(MultiSelectPrompt), TestAnswers.Plain));
        AddDialog(new DateTimePrompt(nameof(DateTimePrompt), timeProvider));
        AddDialog(new DurationPrompt(nameof(DurationPrompt)));
        AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt), TestAnswers.Plain));
    }

    private static Task<DialogTurnResult> NameStepAsync(WaterfallStepContext step, CancellationToken ct)
        => step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = AskName, Help = NameHelp }, ct);

    private static Task<DialogTurnResult> UrgencyStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.UpdateState<IntakeState>(s => s with { Name = step.ResultAs<string>() });
        var options = new PromptOptions { Prompt = AskUrgency, Help = UrgencyHelp, RetryPrompt = UrgencyRetry, Choices = Urgencies };
        return step.PromptAsync(nameof(ChoicePrompt), options, ct);
    }

    private static Task<DialogTurnResult> SymptomsStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.UpdateState<IntakeState>(s => s with { Urgency = step.ResultAs<FoundChoice>()!.Value });
        var options = new PromptOptions { Prompt = AskSymptoms, Choices = Symptoms, AllowNone = true, InputId = "symptoms" };
        return step.PromptAsync(nameof(MultiSelectPrompt), options, ct);
    }

    private static Task<DialogTurnResult> AppointmentStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.UpdateState<IntakeState>(s => s with { Symptoms = step.ResultAs<List<string>>() });
        return step.PromptAsync(nameof(DateTimePrompt), new PromptOptions { Prompt = AskAppointment }, ct);
    }

    private static Task<DialogTurnResult> DurationStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.UpdateState<IntakeState>(s => s with { Appointment = step.ResultAs<List<DateTimeResolution>>()![0].Start });
        return step.PromptAsync(nameof(DurationPrompt), new PromptOptions { Prompt = AskDuration }, ct);
    }

    private static Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.UpdateState<IntakeState>(s => s with { Duration = step.ResultAs<TimeSpan>() });
        return step.PromptAsync(nameof(ConfirmPrompt), new PromptOptions { Prompt = AskConfirm }, ct);
    }

    private static async Task<DialogTurnResult> SummaryStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        await step.Context.SendActivityAsync(Done, ct);
        var state = step.State<IntakeState>();
        var answers = new IntakeAnswers(state.Name!, state.Urgency!, state.Symptoms!, state.Appointment!.Value, state.Duration!.Value, step.ResultAs<bool>());
        return await step.EndDialogAsync(BotFramework.Schema.BotJson.ToElement(answers), ct);
    }
}
