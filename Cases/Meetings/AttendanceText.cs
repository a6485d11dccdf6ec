namespace CaseBot.Cases.Meetings;

/// <summary>
/// What CaseBot says about who must not attend a meeting, rendered from <see cref="Attendance"/>'s roles (named by
/// <see cref="RoleCatalogue.InSentence"/>) and the meeting types' names, so the rule and every sentence about it cannot drift apart.
/// </summary>
public static class AttendanceText
{
    /// <summary>"the individual and their representative" for a Case Management Meeting; empty when nobody is excluded.</summary>
    public static string Excluded(MeetingType type) => Roles(Attendance.MustNotAttend(type));

    /// <summary>"The individual and their representative never attend a Case Management Meeting."; null when nobody is excluded.</summary>
    public static string? NeverAttend(MeetingType type) => NeverAttend(type, Attendance.MustNotAttend(type));

    /// <summary>As <see cref="NeverAttend(MeetingType)"/>, naming <paramref name="roles"/> (a recommendation's, taken from <see cref="Attendance"/>).</summary>
    public static string? NeverAttend(MeetingType type, IReadOnlyCollection<Role> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return roles.Count == 0 ? null : $"{Capitalised(Roles(roles))} never attend a {MeetingCatalogue.Name(type)}.";
    }

    /// <summary>
    /// "The individual and their representative attend only a Case Conference.": the roles some meeting type excludes, and the
    /// types that allow them all. Empty when no type excludes anyone (or none allows them).
    /// </summary>
    public static string OnlyAttend()
    {
        var types = Enum.GetValues<MeetingType>();
        var excluded = types.SelectMany(Attendance.MustNotAttend).Distinct().ToList();
        var allowing = types.Where(t => excluded.TrueForAll(r => Attendance.Allows(t, r))).Select(t => $"a {MeetingCatalogue.Name(t)}").ToList();
        return excluded.Count == 0 || allowing.Count == 0 ? string.Empty : $"{Capitalised(Roles(excluded))} attend only {string.Join(" or ", allowing)}.";
    }

    /// <summary>"the individual and their representative"; three or more as "a, b and c".</summary>
    public static string Roles(IEnumerable<Role> roles)
    {
        var names = roles.Select(RoleCatalogue.InSentence).ToList();
        return names.Count < 2 ? string.Concat(names) : $"{string.Join(", ", names[..^1])} and {names[^1]}";
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text[1..]);
}
