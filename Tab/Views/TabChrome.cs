using CaseBot.BotFramework.Authentication;
using CaseBot.Cases.AdviceLine;
using Microsoft.Extensions.Options;

namespace CaseBot.Tab.Views;

/// <summary>What the board's frame shows on every page: whether it runs in local mode, and the advice line's hours now.</summary>
public sealed class TabChrome(IOptions<BotFrameworkAuthenticationOptions> identity, AdviceLineHours ukHours, AdviceLineContact contact, TimeProvider time)
{
    /// <summary>No app id: no Teams sign-in, a user picker instead, this machine only.</summary>
    public bool LocalMode => identity.Value.IsLocalMode;

    public AdviceLineNow AdviceLine()
    {
        var status = ukHours.Status(time.GetUtcNow());
        return new AdviceLineNow(status.IsOpen, ukHours.Describe(status), contact.Phone, contact.Email);
    }
}
