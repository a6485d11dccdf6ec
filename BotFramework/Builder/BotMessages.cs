namespace CaseBot.BotFramework.Builder;

/// <summary>What the protocol layer itself says to users.</summary>
public static class BotMessages
{
    public const string TurnFailed = "Sorry, something went wrong on my side. Your answers so far are saved; please try again.";
    /// <summary>Another turn of the same conversation (perhaps on another instance) saved first; this one's state was not saved.</summary>
    public const string TurnCrossed = "That message crossed with another of yours, so I have not acted on it. Please send it again.";
    public const string ActionFailed = "Sorry, that action failed on my side. Nothing was changed; please try again.";
    public const string InvalidAction = "That card action could not be read. Please try again.";
    public const string ActionNotSupported = "This action is not supported.";
}
