using CaseBot.BotFramework.Schema;

namespace CaseBot.BotFramework.Builder;

/// <summary>Message activities to send (as Microsoft.Bot.Builder.MessageFactory).</summary>
public static class MessageFactory
{
    /// <summary>A message whose text Teams renders as Markdown (bold, lists, line breaks).</summary>
    public static Activity Markdown(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = "markdown" };
}
