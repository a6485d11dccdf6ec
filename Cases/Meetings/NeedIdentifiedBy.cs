namespace CaseBot.Cases.Meetings;

/// <summary>Who identified the need for a meeting; that decides who leads organising it.</summary>
public enum NeedIdentifiedBy
{
    Manager,
    OccupationalHealth,
    HumanResources,
    Individual,
    Representative,
}
