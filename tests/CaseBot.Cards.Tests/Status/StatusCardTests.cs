using CaseBot.Cards.Model;
using CaseBot.Cards.Status;
using CaseBot.Cards.Tests.Support;
using CaseBot.Cases.Actions;
using CaseBot.Cases.AdviceLine;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Triage;

namespace CaseBot.Cards.Tests.Status;

/// <summary>The status and search cards: accepted by the official library, showing stage, roles and dates, never triage answers or free text.</summary>
public sealed class StatusCardTests
{
    private const string OtherText = "Stress after surgery, awaiting a cancer diagnosis";
    private const string OverrideReason = "Terminal prognosis and depression: the individual must be there";
    private const string KeyDate = "GP fit note for depression ends";
    private const string ActionText = "Refer to counselling for bereavement";
    private static readonly DateTimeOffset Opened = new(2026, 7, 1, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2026, 7, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly AdviceLineHours Hours = AdviceLineHours.ForUk();
    private static readonly string AdviceLineNow = Hours.Describe(Hours.Status(Now));
    private static readonly CriticalCase Sensitive = SensitiveCase();

    public static IReadOnlyDictionary<string, AdaptiveCard> Cards() => new Dictionary<string, AdaptiveCard>
    {
        ["status-new"] = Build(CaseStatus.Of(Sensitive, Now, Hours.Zone)),
        ["status-booked-actions"] = Build(CaseStatus.Of(Sensitive, Now, Hours.Zone, Actions(), Opened.AddDays(14), [Role.ReferringManager, Role.OhClinician, Role.Individual]) with { Stage = CaseStage.ActionsOpen }),
        ["status-closed"] = Build(CaseStatus.Of(Sensitive, Now, Hours.Zone) with { Stage = CaseStage.Closed }),
        ["case-search"] = CaseSearchCard.Build(),
    };

    [Fact]
    public async Task Validate_EveryStatusCard_HasNoEvents() => await CardValidator.AssertValidAsync(Cards());

    [Fact]
    public async Task Render_EveryStatusCard_InTeamsLightHostConfig()
        => await CardRenderer.AssertEveryCardRendersAsync(Cards());

    [Fact]
    public void Build_CaseWithFreeTextTriggersAndOverride_ShowsNoneOfThem()
    {
        var json = CardSerializer.ToJson(Cards()["status-booked-actions"]);

        string[] secrets =
        [
            OtherText, OverrideReason, KeyDate, ActionText, "cancer", "depression", "surgery", "stress", "terminal",
            .. Sensitive.Triage.Answers.Triggers.Where(t => t != Trigger.Other).Select(t => TriggerCatalogue.All.Single(i => i.Trigger == t).Wording),
            .. Sensitive.Decision.Recommended.Reasons.Select(r => r.Text),
            "reason recorded",
        ];
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, json, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Build_NewCase_ShowsStageMeetingLeadRoleNextStepAndNoActions()
    {
        var facts = Facts(Cards()["status-new"]);

        Assert.Equal(StatusText.Stage(CaseStage.MeetingRecommended), facts[StatusFacts.Stage]);
        Assert.Equal(MeetingText.CaseConference, facts[StatusFacts.Meeting]);
        Assert.Equal(StatusText.NotBooked, facts[StatusFacts.MeetingDate]);
        Assert.Equal(MeetingText.RoleReferringManager, facts[StatusFacts.Lead]);
        Assert.Equal(StatusText.NoAttendees, facts[StatusFacts.Attendees]);
        Assert.Equal(StatusText.NoActions, facts[StatusFacts.Actions]);
        Assert.Equal("The lead books the Case Conference.", facts[StatusFacts.NextStep]);
    }

    [Fact]
    public void Build_LastActivityInSummer_IsShownInUkTimeWithAFixedName()
    {
        var facts = Facts(Cards()["status-new"]);

        Assert.Equal("Key date added, 3 Jul 2026 10:30 (UK time)", facts[StatusFacts.LastActivity]);
    }

    [Fact]
    public void Build_KeyDateStillAhead_IsNotTheLastActivity()
    {
        var criticalCase = SensitiveCase();
        criticalCase.AddKeyDate(Now.AddDays(30), KeyDate);

        var facts = Facts(Build(CaseStatus.Of(criticalCase, Now, Hours.Zone)));

        Assert.Equal("Key date added, 3 Jul 2026 10:30 (UK time)", facts[StatusFacts.LastActivity]);
    }

    [Fact]
    public void Build_BookedWithActions_ShowsDateAttendeeRolesAndOverdueActionsByOwnerRole()
    {
        var card = Cards()["status-booked-actions"];
        var facts = Facts(card);
        var json = CardSerializer.ToJson(card);

        Assert.Equal("15 Jul 2026 10:30 (UK time)", facts[StatusFacts.MeetingDate]);
        Assert.Equal("Referring Manager, OH Clinician, Individual", facts[StatusFacts.Attendees]);
        Assert.Equal(StatusText.Actions(2, 1), facts[StatusFacts.Actions]);
        Assert.Contains(card.Body.OfType<TextBlock>(), t => t.Text == "- OH Clinician: due 10 Jul 2026 (overdue)\n- Referring Manager: due 30 Jul 2026");
        Assert.DoesNotContain("Senior Manager", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OnlyDoneActions_SaysAllActionsDone()
    {
        var done = Actions()[2];

        var facts = Facts(Build(CaseStatus.Of(Sensitive, Now, Hours.Zone, [done])));

        Assert.Equal(StatusText.AllActionsDone, facts[StatusFacts.Actions]);
    }

    [Fact]
    public void Build_AdviceLineLine_IsOnTheCard()
    {
        var json = CardSerializer.ToJson(Cards()["status-new"]);

        Assert.Contains("The OH advice line is open now until 4pm (UK time).", json, StringComparison.Ordinal);
    }

    [Fact]
    public void SearchCard_LookUp_PostsTheStatusCommandBesideTheReferenceInput()
    {
        var card = CaseSearchCard.Build();

        var input = Assert.IsType<TextInput>(card.Body.Single(e => e is TextInput));
        var button = Assert.IsType<SubmitAction>(Assert.Single(card.Actions!));
        Assert.Equal(CaseSearchCard.ReferenceInputId, input.Id);
        Assert.Equal(StatusText.LookUp, button.Title);
        Assert.Equal("""{"command":"status"}""", button.Data!.Value.GetRawText());
    }

    private static AdaptiveCard Build(CaseStatus status) => StatusCard.Build(status, Hours.Zone, AdviceLineNow);

    private static Dictionary<string, string> Facts(AdaptiveCard card)
        => card.Body.OfType<FactSet>().Single().Facts.ToDictionary(f => f.Title, f => f.Value);

    private static CriticalCase SensitiveCase()
    {
        var answers = new CriticalCaseAnswers(true, true, true, new HashSet<Trigger> { Trigger.TerminalIllness, Trigger.ProcessStuck, Trigger.Other }, OtherText);
        var recommendation = MeetingRecommender.Recommend(new RecommendationRequest(CriticalCaseAssessment.Assess(answers), NeedIdentifiedBy.Manager, false, true));
        var decision = MeetingRecommender.Override(recommendation, MeetingType.CaseConference, OverrideReason);
        var criticalCase = CriticalCase.Open(
            Guid.NewGuid(), CaseReference.Parse("HR-2026-0142"), "lead-id", "tenant-1", new TriageRecord(NeedIdentifiedBy.Manager, answers, false, true), decision, Opened);
        criticalCase.AddKeyDate(Opened.AddDays(2), KeyDate);
        return criticalCase;
    }

    private static List<ActionItem> Actions()
    {
        var done = new ActionItem(Guid.NewGuid(), ActionText, Role.SeniorManager, "owner-3", new DateOnly(2026, 7, 5)).Tick("owner-3", Opened).Item;
        return
        [
            new ActionItem(Guid.NewGuid(), ActionText, Role.ReferringManager, "owner-1", new DateOnly(2026, 7, 30)),
            new ActionItem(Guid.NewGuid(), ActionText, Role.OhClinician, "owner-2", new DateOnly(2026, 7, 10)),
            done,
        ];
    }
}
