namespace CaseBot.EndToEnd.Tests.Support;

/// <summary>The board's words the journeys wait for (the end-to-end tests run the bot as a process and do not reference its code).</summary>
internal static class BoardTexts
{
    public const string NoCases = "You don't lead or attend any case yet.";
}
