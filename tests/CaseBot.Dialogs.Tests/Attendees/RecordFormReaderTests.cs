using CaseBot.BotFramework.Schema;
using CaseBot.Cards.Records;
using CaseBot.Cases.Actions;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Records;
using CaseBot.Dialogs.Attendees;
using CaseBot.TestSupport.Cases;

namespace CaseBot.Dialogs.Tests.Attendees;

/// <summary>Reading the record form: blank rows skipped, every typed row complete and owned by an attendee picked in Teams.</summary>
public sealed class RecordFormReaderTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    [Fact]
    public void Values_RowsAfterTheLastTypedOne_AreDropped()
    {
        var values = RecordFormReader.Values(Data((RecordFormInputs.ActionText(1), "A"), (RecordFormInputs.ActionDue(3), "2026-06-09")));

        Assert.Equal(3, values.Rows.Count);
        Assert.True(values.Rows[1].IsBlank);
    }

    [Fact]
    public void Decisions_OnePerLine_TrimmedWithoutBlankLines()
    {
        var values = RecordFormReader.Values(Data((RecordFormInputs.Decisions, " First \r\n\n Second\n")));

        Assert.Equal(["First", "Second"], RecordFormReader.Decisions(values));
    }

    [Fact]
    public void Actions_CompleteRow_BecomesAnActionOfTheOwnersRole()
    {
        var (actions, problem) = Read((RecordFormInputs.ActionText(2), " Send the report "), (RecordFormInputs.ActionOwner(2), AttendeeTestCases.ClinicianId), (RecordFormInputs.ActionDue(2), "2026-06-10"));

        Assert.Null(problem);
        var action = Assert.Single(actions);
        Assert.Equal(("Send the report", Role.OhClinician, AttendeeTestCases.ClinicianId, new DateOnly(2026, 6, 10)), (action.Description, action.OwnerRole, action.OwnerAadObjectId, action.Due));
    }

    [Fact]
    public void Actions_OrganiserPickedAsOwner_GetsTheOrganisersRole()
    {
        var (actions, _) = Read((RecordFormInputs.ActionText(1), "Order the desk"), (RecordFormInputs.ActionOwner(1), AttendeeTestCases.LeadId), (RecordFormInputs.ActionDue(1), "2026-06-10"));

        Assert.Equal(Role.ReferringManager, Assert.Single(actions).OwnerRole);
    }

    [Theory]
    [InlineData("", AttendeeTestCases.ClinicianId, "2026-06-10", RecordFormReader.NeedsText)]
    [InlineData("Send", "", "2026-06-10", RecordFormReader.NeedsOwner)]
    [InlineData("Send", "not-an-attendee", "2026-06-10", RecordText.OwnerNotAttendee)]
    [InlineData("Send", AttendeeTestCases.ClinicianId, "", RecordFormReader.NeedsDue)]
    [InlineData("Send", AttendeeTestCases.ClinicianId, "10/06/2026", RecordFormReader.NeedsDue)]
    [InlineData("Send", AttendeeTestCases.ClinicianId, "2026-05-31", RecordFormReader.NeedsDue)]
    public void Actions_IncompleteRow_NamesTheRowAndTheProblem(string text, string owner, string due, string problem)
    {
        var (actions, found) = Read((RecordFormInputs.ActionText(2), text), (RecordFormInputs.ActionOwner(2), owner), (RecordFormInputs.ActionDue(2), due));

        Assert.Empty(actions);
        Assert.Equal(RecordCardText.RowError(2, problem), found);
    }

    [Fact]
    public void Actions_DescriptionTooLong_SaysTheLengthRule()
    {
        var (_, problem) = Read((RecordFormInputs.ActionText(1), new string('x', 301)), (RecordFormInputs.ActionOwner(1), AttendeeTestCases.ClinicianId), (RecordFormInputs.ActionDue(1), "2026-06-10"));

        Assert.Equal(RecordCardText.RowError(1, ActionText.DescriptionLength), problem);
    }

    [Fact]
    public void Actions_NoRowsTyped_AreNone()
    {
        var (actions, problem) = Read((RecordFormInputs.Decisions, "Only a decision"));

        Assert.Empty(actions);
        Assert.Null(problem);
    }

    private static (IReadOnlyList<ActionItem> Actions, string? Problem) Read(params (string Id, string Value)[] inputs)
        => RecordFormReader.Actions(RecordFormReader.Values(Data(inputs)), AttendeeTestCases.Booked().BookedMeeting!, Today);

    private static System.Text.Json.JsonElement Data(params (string Id, string Value)[] inputs)
        => BotJson.ToElement(inputs.ToDictionary(i => i.Id, i => i.Value));
}
