using CaseBot.Cards;
using CaseBot.Cards.Model;

namespace CaseBot.Dialogs.Root;

/// <summary>The welcome: what CaseBot does, the commands, and buttons for the first two.</summary>
public static class WelcomeCard
{
    public static AdaptiveCard Build() => new()
    {
        FallbackText = RootText.Welcome,
        Body =
        [
            new TextBlock(RootText.Welcome),
            new TextBlock(RootText.Commands) { Spacing = Spacing.Medium },
        ],
        Actions =
        [
            new SubmitAction("New case") { Data = CardSerializer.Data(new CommandSubmit(BotCommand.NewCase)), Style = ActionStyle.Positive },
            new SubmitAction("Help") { Data = CardSerializer.Data(new CommandSubmit(BotCommand.Help)) },
        ],
    };
}
