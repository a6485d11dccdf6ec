using CaseBot.BotFramework.Authentication;
using CaseBot.Cases.AdviceLine;
using CaseBot.Casework.Service;
using CaseBot.Tab.SignIn;
using Microsoft.Extensions.Options;

namespace CaseBot.Tab.Views;

/// <summary>What the board's frame shows on every page: whether it runs in local mode, and the advice line's hours now.</summary>
public sealed class TabChrome(
    IOptions<BotFrameworkAuthenticationOptions> identity, AdviceLineHours ukHours, AdviceLineContact contact, ServiceBoard service, TimeProvider time)
{
    /// <summary>Whether the signed-in user runs the OH service: only they get the link to its page.</summary>
    internal Task<bool> ShowsServiceAsync(TabUser? user, CancellationToken cancellationToken)
        => user is null ? Task.FromResult(false) : service.IsServiceAsync(user.Caller, cancellationToken);

    /// <summary>No app id: no Teams sign-in, a user picker instead, this machine only.</summary>
    public bool LocalMode => identity.Value.IsLocalMode;

    public AdviceLineNow AdviceLine()
    {
        var status = ukHours.Status(time.GetUtcNow());
        return new AdviceLineNow(status.IsOpen, ukHours.Describe(status), contact.Phone, contact.Email);
    }
}
