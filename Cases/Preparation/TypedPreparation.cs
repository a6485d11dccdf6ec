namespace CaseBot.Cases.Preparation;

/// <summary>
/// What a message the individual typed before the meeting was taken as (read by the chat from the words in
/// <see cref="PreparationSynonyms"/>): the help it asks for, the help it says is not wanted, the person they bring and who that is
/// to them, and whether it is a point to raise at the meeting.
/// </summary>
/// <param name="Words">The message as they typed it.</param>
/// <param name="Help">Help from the list it asks for.</param>
/// <param name="NotHelp">Help from the list it says is not wanted ("I don't need a break").</param>
/// <param name="Bringing">The person they say they bring, if they say.</param>
/// <param name="Who">Who that person is to them, in a few words ("my partner"), if they say.</param>
/// <param name="IsPoint">True when the message is something to raise at the meeting rather than a request.</param>
public sealed record TypedPreparation(string Words, IReadOnlyList<PreparationRequest> Help, IReadOnlyList<PreparationRequest> NotHelp, Bringing? Bringing, string? Who, bool IsPoint)
{
    /// <summary>True when it names nothing from the lists: the message is kept in their own words and nothing else is changed.</summary>
    public bool NamesNothing => Help.Count == 0 && NotHelp.Count == 0 && Bringing is null;

    /// <summary>No words, so a reading written to a log gives nothing away.</summary>
    public override string ToString() => $"TypedPreparation {{ Help = {Help.Count}, NotHelp = {NotHelp.Count}, Bringing = {Bringing}, IsPoint = {IsPoint} }}";
}
