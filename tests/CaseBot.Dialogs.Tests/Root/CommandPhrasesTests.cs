using CaseBot.Dialogs.Root;

namespace CaseBot.Dialogs.Tests.Root;

public sealed class CommandPhrasesTests
{
    [Theory]
    [InlineData("could you start a new case please", BotCommand.NewCase, "")]
    [InlineData("I'd like to triage a case", BotCommand.NewCase, "")]
    [InlineData("what's happening with HR-2026-0142?", BotCommand.Status, "HR-2026-0142")]
    [InlineData("where are we with oh-77", BotCommand.Status, "oh-77")]
    [InlineData("show me my tasks", BotCommand.MyActions, "")]
    [InlineData("what do I need to do", BotCommand.MyActions, "")]
    [InlineData("can we book the meeting for HR-77", BotCommand.Plan, "HR-77")]
    [InlineData("I need to move the meeting for HR-77", BotCommand.Reschedule, "HR-77")]
    [InlineData("call off the meeting for HR-77", BotCommand.CancelMeeting, "HR-77")]
    [InlineData("record the outcome of HR-77", BotCommand.Record, "HR-77")]
    [InlineData("what can you do?", BotCommand.Help, "")]
    public void Read_ACommandInOtherWords_IsThatCommandWithTheReference(string typed, string command, string reference)
    {
        var sut = CommandPhrases.Read(typed, out _);

        Assert.Equal(new BotCommand(command, reference), sut);
    }

    [Theory]
    [InlineData("me")]
    [InlineData("hello there")]
    [InlineData("the weather is nice")]
    public void Read_NothingACommandWouldSay_IsNull(string typed)
        => Assert.Null(CommandPhrases.Read(typed, out _));

    [Fact]
    public void Read_WordsOfTwoCommands_IsNullAndOffersBoth()
    {
        var sut = CommandPhrases.Read("book the meeting or cancel the meeting", out var perhaps);

        Assert.Null(sut);
        Assert.Equal([BotCommand.Plan, BotCommand.CancelMeeting], perhaps);
    }
}
