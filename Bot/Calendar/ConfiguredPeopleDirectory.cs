using System.Globalization;
using CaseBot.Cases.Booking;
using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Calendar;

/// <summary>
/// The offline directory: configured people by id or address; any other valid address is someone outside the list, named from
/// the address ("olive.clinician@…" becomes "Olive Clinician") and invited by address only.
/// </summary>
internal sealed class ConfiguredPeopleDirectory(IOptionsMonitor<DirectoryOptions> options) : IPeopleDirectory
{
    public Task<Person?> FindByIdAsync(string aadObjectId, CancellationToken cancellationToken)
        => Task.FromResult(People().FirstOrDefault(p => string.Equals(p.AadObjectId, aadObjectId?.Trim(), StringComparison.OrdinalIgnoreCase)));

    public Task<Person?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var address = email?.Trim() ?? string.Empty;
        if (!EmailAddresses.IsValid(address))
        {
            return Task.FromResult<Person?>(null);
        }

        var known = People().FirstOrDefault(p => string.Equals(p.Email, address, StringComparison.OrdinalIgnoreCase));
        return Task.FromResult<Person?>(known ?? new Person(NameFrom(address), address, null));
    }

    private IEnumerable<Person> People()
        => options.CurrentValue.People.Where(p => EmailAddresses.IsValid(p.Email))
            .Select(p => new Person(string.IsNullOrWhiteSpace(p.DisplayName) ? p.Email : p.DisplayName.Trim(), p.Email.Trim(), string.IsNullOrWhiteSpace(p.AadObjectId) ? null : p.AadObjectId.Trim()));

    private static string NameFrom(string address)
    {
        var local = address[..address.IndexOf('@', StringComparison.Ordinal)];
        var words = local.Split(['.', '_', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => CultureInfo.GetCultureInfo("en-GB").TextInfo.ToTitleCase(w.ToLowerInvariant()));
        var name = string.Join(' ', words);
        return name.Length > 0 ? name : address;
    }
}
