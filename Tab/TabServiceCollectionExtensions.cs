using CaseBot.BotFramework.Authentication;
using CaseBot.Casework;
using CaseBot.Tab.Views;
using CaseBot.Tab.Hosting;
using CaseBot.Tab.SignIn;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseBot.Tab;

/// <summary>Registers the case board (the Teams tab) on the bot's host; <see cref="TabApplicationBuilderExtensions"/> maps it.</summary>
public static class TabServiceCollectionExtensions
{
    /// <summary>The board's session cookie scheme, and the policy every board page but the sign-in ones requires.</summary>
    public const string Scheme = "Tab";

    /// <summary>The key of Entra's metadata cache, and the name of the HTTP client that fetches it.</summary>
    public const string EntraMetadata = "CaseBot.Tab.OpenId";

    /// <summary>
    /// Needs from the host: the use cases (AddCasework), AccessGrants, AdviceLineHours and AdviceLineContact, the bot's MicrosoftApp*
    /// options, and Data Protection keys that every instance shares (for the session cookie and anti-forgery tokens).
    /// </summary>
    public static IServiceCollection AddCaseBotTab(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TabOptions>().Bind(configuration.GetSection(TabOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        // Entra's OpenID metadata and signing keys for Teams SSO tokens, cached as the channel's are (the same cache, another source).
        services.AddHttpClient(EntraMetadata);
        services.AddKeyedSingleton(EntraMetadata, (sp, _) => new OpenIdMetadataCache(
            sp.GetRequiredService<IOptions<TabOptions>>().Value.OpenIdMetadataUrl, $"{TabOptions.SectionName}:{nameof(TabOptions.OpenIdMetadataUrl)}",
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(EntraMetadata)));
        services.AddSingleton<TeamsSsoValidator>();
        services.AddSingleton<TabAssets>();
        services.AddSingleton<TabChrome>();
        services.AddCasework();
        services.AddSingleton<MyCases>();
        services.AddSingleton<TabLookups>();
        services.AddSingleton<LocalUsers>();

        services.AddSingleton<TabSessions>();
        services.AddAuthentication().AddCookie(Scheme);
        services.AddOptions<CookieAuthenticationOptions>(Scheme).Configure<IOptions<BotFrameworkAuthenticationOptions>, IOptions<TabOptions>>((o, identity, board) =>
        {
            Shape(o.Cookie, "casebot-board", identity.Value.IsLocalMode);
            o.ExpireTimeSpan = board.Value.SessionLifetime;
            o.SlidingExpiration = false;
            o.LoginPath = TabPaths.Root;
            o.AccessDeniedPath = TabPaths.Root;
            o.ReturnUrlParameter = "next";

            // Every request's session is checked against how this instance signs people in (a local sign-in never outlives local mode).
            o.EventsType = typeof(TabSessions);
        });
        services.AddAuthorizationBuilder().AddPolicy(Scheme, p => p.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser()
            .RequireClaim(TabUser.TenantClaim).RequireClaim(TabUser.ObjectIdClaim));
        services.AddAntiforgery();
        services.AddOptions<AntiforgeryOptions>().Configure<IOptions<BotFrameworkAuthenticationOptions>>((o, identity) =>
        {
            Shape(o.Cookie, "casebot-board-af", identity.Value.IsLocalMode);
            o.HeaderName = "RequestVerificationToken";

            // Teams shows the board in a frame; the Content-Security-Policy's frame-ancestors says who may frame it.
            o.SuppressXFrameOptionsHeader = true;
        });
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/", Scheme);
            o.Conventions.AllowAnonymousToPage("/SignIn");
            o.Conventions.AllowAnonymousToPage("/Local");
        });
        return services;
    }

    // In Teams the board is a third-party frame: its cookies must be SameSite=None, Secure and partitioned (CHIPS) to be kept. Local
    // mode runs on plain http://localhost, outside any frame.
    private static void Shape(CookieBuilder cookie, string name, bool localMode)
    {
        cookie.Name = name;
        cookie.Path = TabPaths.Root;
        cookie.HttpOnly = true;
        cookie.IsEssential = true;
        cookie.SameSite = localMode ? SameSiteMode.Lax : SameSiteMode.None;
        cookie.SecurePolicy = localMode ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        if (!localMode)
        {
            cookie.Extensions.Add("Partitioned");
        }
    }
}
