using System.Text.Json;
using CaseBot.BotFramework.Schema;
using CaseBot.DialogEngine.Prompts;

namespace CaseBot.DialogEngine.Tests.Prompts;

public class PromptInputTests
{
    [Fact]
    public void FromActivity_ActionSubmitMessage_ReadsTheDataFromValue()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Value = Json("""{"promptId":"p","value":"yes"}""") };

        var sut = PromptInput.FromActivity(activity)!;

        Assert.Equal(("p", "yes"), (sut.PromptId, sut.GetString("value")));
    }

    [Fact]
    public void FromActivity_ActionExecuteInvoke_ReadsTheDataFromTheAction()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = PromptInput.AdaptiveCardActionInvoke,
            Value = Json("""{"action":{"type":"Action.Execute","verb":"answer","data":{"promptId":"p","value":"no"}},"trigger":"manual"}"""),
        };

        var sut = PromptInput.FromActivity(activity)!;

        Assert.Equal(("p", "no"), (sut.PromptId, sut.GetString("value")));
    }

    [Fact]
    public void FromActivity_OtherInvoke_ReturnsNull()
    {
        var activity = new Activity { Type = ActivityTypes.Invoke, Name = "task/fetch", Value = Json("""{"data":{}}""") };

        var sut = PromptInput.FromActivity(activity);

        Assert.Null(sut);
    }

    [Fact]
    public void GetString_ArrayOrNumberOrBoolean_ReturnsItAsText()
    {
        var sut = new PromptInput(null, Json("""{"list":["a","b"],"n":2,"flag":true}"""));

        var values = (sut.GetString("list"), sut.GetString("n"), sut.GetString("FLAG"));

        Assert.Equal(("a,b", "2", "true"), values);
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
