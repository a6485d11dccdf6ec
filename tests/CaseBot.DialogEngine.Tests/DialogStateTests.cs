using System.Text.Json;
using CaseBot.BotFramework.Schema;

namespace CaseBot.DialogEngine.Tests;

public class DialogStateTests
{
    [Fact]
    public void Serialize_NestedStacksWithJsonValues_RoundTripsUnchanged()
    {
        var inner = new DialogInstance { Id = "prompt" };
        inner.SetValue("options", new { prompt = "Name?", choices = new[] { "a", "b" } });
        var component = new DialogInstance { Id = "component", Inner = new DialogState { Stack = [inner] } };
        component.SetValue(WaterfallDialog.StateKey, new { when = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero), names = new[] { "a" } });
        var sut = new DialogState { Stack = [component] };

        var json = JsonSerializer.Serialize(sut, BotJson.Options);
        var again = JsonSerializer.Serialize(JsonSerializer.Deserialize<DialogState>(json, BotJson.Options), BotJson.Options);

        Assert.Equal(json, again);
    }

    [Fact]
    public void SetValue_Null_RemovesTheKey()
    {
        var sut = new DialogInstance { Id = "d" };
        sut.SetValue("k", "v");

        sut.SetValue<string?>("k", null);

        Assert.Empty(sut.State);
    }
}
