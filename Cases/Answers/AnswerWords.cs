namespace CaseBot.Cases.Answers;

/// <summary>
/// The words people type for the plain answers every question shares: yes, no, none of them, and "I don't know". British English,
/// as managers write in chat. A phrase counts when all its words are in the answer (see the dialogs' choice recogniser).
/// </summary>
public static class AnswerWords
{
    public static IReadOnlyList<string> Yes { get; } =
    [
        "yes", "y", "yeah", "yea", "yeh", "yh", "yep", "yup", "ya", "aye", "sure", "ok", "okay", "correct", "right", "true", "affirmative",
        "of course", "absolutely", "definitely", "certainly", "indeed", "please do", "go ahead", "go for it", "yes please",
        "that's right", "that is right", "it is", "it does", "they do", "there is", "it has", "very much so", "for sure", "agreed",
        "i agree", "exactly", "confirmed", "sounds good", "do it", "book it", "please book", "no problem", "no worries", "100%",
        "100 percent", "yes definitely", "definitely yes", "without doubt", "without a doubt", "totally", "completely",
    ];

    public static IReadOnlyList<string> No { get; } =
    [
        "no", "n", "nope", "nah", "not really", "no thanks", "no thank you", "incorrect", "false", "negative", "not now", "later",
        "not yet", "don't", "do not", "definitely not", "of course not", "not at all", "certainly not", "absolutely not", "afraid not",
        "i don't think so", "i dont think so", "it isn't", "it is not", "it doesn't", "there isn't", "no it isn't", "not the case",
        "not particularly", "hardly", "no way", "not exactly", "wouldn't say so", "i wouldn't say so", "leave it", "not today",
        "not at this stage", "not at the moment", "not right now", "not for now", "hold off", "hold fire", "wait", "not needed",
    ];

    /// <summary>"None of them" to a list where none may apply.</summary>
    public static IReadOnlyList<string> None { get; } =
    [
        "none", "nothing", "none of them", "none of these", "none of those", "none of the above", "neither", "no", "nope", "na",
        "n/a", "not applicable", "nil", "zero", "none apply", "none applies", "nothing applies", "nothing really", "none really",
        "no none", "no to all", "none at all", "not really", "none fit", "nothing fits",
        // Informal and misspelt none: "nah", "nowt", "non of them", "not any of them", "not that I can see".
        "nah", "nowt", "non", "not any", "not any of them", "not that i can see", "zilch", "nada", "nothing to report",
        // "Not one of them", and "noen" with two letters swapped.
        "not one", "not one of them", "noen",
    ];

    /// <summary>
    /// Words that add nothing to "none" or "all": "nothing on the list applies", "none of these apply to this case", "none so far".
    /// </summary>
    public static IReadOnlyList<string> Filler { get; } =
    [
        "list", "case", "ones", "above", "here", "so far", "yet", "at the moment", "at present", "currently", "right now",
        "at this stage", "as far as i know", "that i know of", "situation",
        // Hesitations and softeners around a none: "erm", "tbh", "to be fair", "thankfully".
        "erm", "um", "umm", "er", "tbh", "to be honest", "to be fair", "thankfully", "luckily", "fortunately",
        "that i can think of", "springs to mind", "comes to mind", "whatsoever", "relevant",
        // Thanks, apologies and address around a none: "none of the above ta", "noen sorry", "nah, none of them mate", "nowt like that going on".
        "ta", "thanks", "thank you", "cheers", "sorry", "mate", "honestly", "like that", "going on",
    ];

    /// <summary>"I don't know": a question the person cannot answer yet, to be explained rather than guessed at.</summary>
    public static IReadOnlyList<string> Unsure { get; } =
    [
        "don't know", "dont know", "do not know", "not sure", "unsure", "dunno", "no idea", "not certain", "uncertain", "maybe",
        "perhaps", "possibly", "it depends", "depends", "hard to say", "can't say", "cannot say", "can't tell", "no clue",
        "not known", "unknown", "who knows", "might be", "could be", "yes and no", "idk", "not clear", "probably", "probably not",
        "sort of", "kind of", "i think so", "i believe so", "think so", "either", "whichever", "either way", "don't mind", "both",
        "not bothered", "no preference", "can't remember", "cannot remember", "don't remember",
    ];

    /// <summary>Every option ("all of them") on a list where several may be chosen.</summary>
    public static IReadOnlyList<string> All { get; } = ["all", "all of them", "all of these", "all of the above", "everything", "every one", "all apply"];
}
