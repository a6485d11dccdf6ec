using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Access;

/// <summary>Every configured id must be a GUID, as Entra object and group ids are: a typo or a name never silently grants nothing (or something).</summary>
internal sealed class AccessOptionsValidator : IValidateOptions<AdviceLineStaffOptions>, IValidateOptions<AdminOptions>, IValidateOptions<ServiceOptions>
{
    public ValidateOptionsResult Validate(string? name, AdviceLineStaffOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Check(
            (AdviceLineStaffOptions.SectionName + ":" + nameof(options.StaffObjectIds), options.StaffObjectIds),
            (AdviceLineStaffOptions.SectionName + ":" + nameof(options.StaffGroupIds), options.StaffGroupIds));
    }

    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Check(
            (AdminOptions.SectionName + ":" + nameof(options.ObjectIds), options.ObjectIds),
            (AdminOptions.SectionName + ":" + nameof(options.GroupIds), options.GroupIds));
    }

    public ValidateOptionsResult Validate(string? name, ServiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Check(
            (ServiceOptions.SectionName + ":" + nameof(options.ObjectIds), options.ObjectIds),
            (ServiceOptions.SectionName + ":" + nameof(options.GroupIds), options.GroupIds));
    }

    private static ValidateOptionsResult Check(params (string Key, List<string> Ids)[] lists)
    {
        var failures = lists
            .Where(l => l.Ids.Any(id => !Guid.TryParse(id, out _)))
            .Select(l => $"{l.Key} must list Entra ids (GUIDs) only.")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
