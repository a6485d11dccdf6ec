namespace CaseBot.Cases.Actions;

/// <summary>The plain words of the action rules.</summary>
public static class ActionText
{
    public const string DescriptionLength = "Describe the action in 1 to 300 characters, without medical details.";
    public const string OwnerRequired = "Every action needs an owner.";
    public const string NotYours = "Only the action's owner can tick it off. Nothing was changed.";
}
