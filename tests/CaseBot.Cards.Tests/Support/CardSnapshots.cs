using CaseBot.Cards.Model;

namespace CaseBot.Cards.Tests.Support;

/// <summary>
/// Compares cards with their checked-in JSON (tests/CaseBot.Cards.Tests/Snapshots/name.json), so any change to what a card says or
/// how it is built shows in review. Set CASEBOT_UPDATE_SNAPSHOTS=1 to write the current JSON instead (then review the diff).
/// </summary>
internal static class CardSnapshots
{
    public static string Folder => Path.Combine(CardValidator.RepoRoot, "tests", "CaseBot.Cards.Tests", "Snapshots");

    public static void AssertMatch(IReadOnlyDictionary<string, AdaptiveCard> cards)
    {
        var update = Environment.GetEnvironmentVariable("CASEBOT_UPDATE_SNAPSHOTS") == "1";
        var different = new List<string>();
        foreach (var (name, card) in cards)
        {
            var file = Path.Combine(Folder, name + ".json");
            var json = CardSerializer.ToJson(card, indented: true).ReplaceLineEndings("\n") + "\n";
            if (update)
            {
                Directory.CreateDirectory(Folder);
                File.WriteAllText(file, json);
            }
            else if (!File.Exists(file) || File.ReadAllText(file).ReplaceLineEndings("\n") != json)
            {
                different.Add(name);
            }
        }

        Assert.True(different.Count == 0, $"Cards differ from their snapshots in {Folder} (CASEBOT_UPDATE_SNAPSHOTS=1 rewrites them): {string.Join(", ", different)}");
    }
}
