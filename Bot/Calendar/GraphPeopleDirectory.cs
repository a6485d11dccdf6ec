using CaseBot.Cases.Booking;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Person = CaseBot.Cases.Booking.Person;
using User = Microsoft.Graph.Models.User;

namespace CaseBot.Bot.Calendar;

/// <summary>
/// People from Microsoft Graph (application permission User.Read.All): by object id, or by UPN then mail address. Only id, name,
/// mail and UPN are selected: nothing else about a person is read.
/// </summary>
internal sealed class GraphPeopleDirectory(GraphServiceClient graph, ILogger<GraphPeopleDirectory> logger) : IPeopleDirectory
{
    private static readonly string[] Fields = ["id", "displayName", "mail", "userPrincipalName"];

    public async Task<Person?> FindByIdAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        return ToPerson(await GetOrNullAsync(aadObjectId.Trim(), cancellationToken));
    }

    public async Task<Person?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var address = email.Trim();
        if (!EmailAddresses.IsValid(address))
        {
            return null;
        }

        // users/{upn} finds most people at once; a mail address that differs from the UPN needs the filter.
        var byUpn = await GetOrNullAsync(address, cancellationToken);
        if (byUpn is not null)
        {
            return ToPerson(byUpn);
        }

        var found = await GraphFailures.CallAsync(
            logger,
            "findUser",
            () => graph.Users.GetAsync(
                r =>
                {
                    r.QueryParameters.Filter = $"mail eq '{address.Replace("'", "''", StringComparison.Ordinal)}'";
                    r.QueryParameters.Select = Fields;
                    r.QueryParameters.Top = 1;
                },
                cancellationToken),
            cancellationToken);
        return ToPerson(found?.Value?.FirstOrDefault());
    }

    private async Task<User?> GetOrNullAsync(string idOrUpn, CancellationToken cancellationToken)
    {
        try
        {
            return await graph.Users[idOrUpn].GetAsync(r => r.QueryParameters.Select = Fields, cancellationToken);
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            return null;
        }
        catch (Exception error) when (GraphFailures.Classify(error, cancellationToken) is { } failure)
        {
            CalendarLog.Failed(logger, "getUser", failure, (error as ODataError)?.ResponseStatusCode, (error as ODataError)?.Error?.Code, error.GetType().Name);
            throw MeetingCalendarException.For(failure, error);
        }
    }

    private static Person? ToPerson(User? user)
    {
        var email = user?.Mail ?? user?.UserPrincipalName;
        return user?.Id is null || string.IsNullOrWhiteSpace(email)
            ? null
            : new Person(string.IsNullOrWhiteSpace(user.DisplayName) ? email : user.DisplayName, email, user.Id);
    }
}
