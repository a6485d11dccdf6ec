namespace CaseBot.Tab.Views;

/// <summary>The advice line as every board page states it: open or not, the sentence saying so (and when it opens), and how to reach it.</summary>
public sealed record AdviceLineNow(bool IsOpen, string Sentence, string Phone, string Email);
