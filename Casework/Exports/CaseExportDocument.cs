using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CaseBot.Cases.Actions;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Records;
using CaseBot.Cases.Triage;

namespace CaseBot.Casework.Exports;

/// <summary>
/// Everything CaseBot holds about one case, for a subject access request: triage answers, the meeting decision, meetings with their
/// attendees (roles, names, emails), actions, meeting records with confirmations and corrections, and the chronology. Field names are
/// the export's format (<see cref="Format"/>); enums are written by name.
/// </summary>
public sealed record CaseExportDocument(
    string Format,
    DateTimeOffset ExportedAt,
    Guid CaseId,
    string TenantId,
    string Reference,
    CaseStage Stage,
    string LeadAadObjectId,
    DateTimeOffset? ClosedAt,
    CaseExportDocument.TriagePart Triage,
    CaseExportDocument.DecisionPart Decision,
    IReadOnlyList<CaseExportDocument.MeetingPart> Meetings,
    IReadOnlyList<CaseExportDocument.ActionPart> Actions,
    IReadOnlyList<CaseExportDocument.RecordPart> Records,
    IReadOnlyList<ChronologyEntry> Chronology)
{
    public const string ContentType = "application/json";
    public const string CurrentFormat = "casebot.case-export/1";

    private static readonly JsonSerializerOptions Json = CreateJson();

    public static CaseExportDocument From(CriticalCase criticalCase, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        var triage = criticalCase.Triage;
        var answers = triage.Answers;
        var decision = criticalCase.Decision;
        return new CaseExportDocument(
            CurrentFormat, now, criticalCase.Id, criticalCase.TenantId, criticalCase.Reference.Value, criticalCase.Stage, criticalCase.LeadAadObjectId,
            criticalCase.ClosedAt,
            new TriagePart(
                triage.IdentifiedBy, answers.IsExceptional, answers.NeedsExtraSupportOrEntrenchedOrNotProgressing, answers.JoinedUpWorkingWouldHelp,
                [.. answers.Triggers.Order().Select(t => new TriggerPart(t, TriggerCatalogue.Wording(t)))], answers.OtherDescription,
                triage.IndividualInvolvementNeeded, triage.DecisionsWithoutIndividualNeeded, triage.FollowsEarlierCmm),
            new DecisionPart(
                decision.Recommended.Type, [.. decision.Recommended.Reasons.Select(r => r.Text)], decision.Recommended.Lead.LeadRole,
                decision.Chosen, decision.Accepted, decision.OverrideReason),
            [.. criticalCase.Meetings.Select(MeetingPart.From)],
            [.. criticalCase.Actions.Select(ActionPart.From)],
            [.. criticalCase.Records.Select(RecordPart.From)],
            criticalCase.History);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,

            // A file for a person to read, never embedded in HTML: keep quotes and accents readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public sealed record TriggerPart(Trigger Code, string Wording);

    public sealed record TriagePart(
        NeedIdentifiedBy IdentifiedBy,
        bool IsExceptional,
        bool NeedsExtraSupportOrEntrenchedOrNotProgressing,
        bool JoinedUpWorkingWouldHelp,
        IReadOnlyList<TriggerPart> Triggers,
        string? OtherTrigger,
        bool IndividualInvolvementNeeded,
        bool DecisionsWithoutIndividualNeeded,
        bool FollowsEarlierCmm);

    public sealed record DecisionPart(MeetingType Recommended, IReadOnlyList<string> Reasons, Role LeadRole, MeetingType Chosen, bool Accepted, string? OverrideReason);

    public sealed record AttendeePart(Role Role, string Name, string Email, string? AadObjectId)
    {
        public static AttendeePart From(Attendee a) => new(a.Role, a.DisplayName, a.Email, a.AadObjectId);
    }

    public sealed record MeetingPart(
        int Number, MeetingType Type, MeetingStatus Status, DateTimeOffset Start, int DurationMinutes, Venue Venue, string? VenueDetail, string Purpose,
        string OrganiserAadObjectId, string OrganiserEmail, string? JoinUrl, IReadOnlyList<AttendeePart> Attendees)
    {
        public static MeetingPart From(CaseMeeting m)
            => new(
                m.Number, m.Plan.Type, m.Status, m.Plan.Start, (int)m.Plan.Duration.TotalMinutes, m.Plan.Venue, m.Plan.VenueDetail, m.Plan.Purpose,
                m.Plan.OrganiserAadObjectId, m.Plan.OrganiserEmail, m.JoinUrl, [.. m.Plan.Attendees.Select(AttendeePart.From)]);
    }

    public sealed record ActionPart(Guid Id, string Description, Role OwnerRole, string OwnerAadObjectId, DateOnly Due, ActionState State, DateTimeOffset? DoneAt, DateOnly? RemindedOn)
    {
        public static ActionPart From(ActionItem a) => new(a.Id, a.Description, a.OwnerRole, a.OwnerAadObjectId, a.Due, a.State, a.DoneAt, a.RemindedOn);
    }

    public sealed record RecordPart(int MeetingNumber, DateTimeOffset RecordedAt, IReadOnlyList<string> Decisions, IReadOnlyList<RecordResponse> Responses)
    {
        public static RecordPart From(MeetingRecord r) => new(r.MeetingNumber, r.RecordedAt, r.Decisions, r.Responses);
    }
}
