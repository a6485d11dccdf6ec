using System.Net;
using System.Text.RegularExpressions;

namespace CaseBot.Bot.Tests.Tab;

/// <summary>
/// A browser on the case board, as far as the server can tell: it keeps the board's cookies (Secure ones too: the host is told it is
/// behind TLS, as behind App Service or a container ingress), follows redirects, and posts forms with the anti-forgery token of the
/// page it last loaded, as a form on that page would. <see cref="Html"/> is the last page; <see cref="SetCookies"/> every cookie set.
/// </summary>
internal sealed partial class TabSession : IDisposable
{
    private readonly HttpClient _client;
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public TabSession(Uri baseAddress, bool https = false)
    {
        _client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        if (https)
        {
            _client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        }
    }

    public string Html { get; private set; } = string.Empty;

    public HttpResponseMessage? Last { get; private set; }

    /// <summary>Every Set-Cookie header received, as sent.</summary>
    public List<string> SetCookies { get; } = [];

    /// <summary>The path of the last page (after redirects).</summary>
    public string Path { get; private set; } = string.Empty;

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    /// <summary>Posts <paramref name="fields"/> to <paramref name="path"/> with the last page's anti-forgery token (unless told not to).</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, IReadOnlyDictionary<string, string> fields, bool withToken = true)
    {
        var form = new Dictionary<string, string>(fields);
        if (withToken)
        {
            form["__RequestVerificationToken"] = FormToken();
        }

        return await SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) });
    }

    /// <summary>Sends a prepared request (headers of its own) with this browser's cookies, following redirects with GETs.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        for (var hop = 0; ; hop++)
        {
            Path = request.RequestUri!.OriginalString;
            if (_cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
            }

            Last = await _client.SendAsync(request);
            foreach (var cookie in Last.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                SetCookies.Add(cookie);
                var pair = cookie.Split(';')[0].Split('=', 2);
                _cookies[pair[0]] = pair[1];
            }

            Html = await Last.Content.ReadAsStringAsync();
            if ((int)Last.StatusCode is not (301 or 302 or 303 or 307) || hop == 5)
            {
                return Last;
            }

            // The board's own redirects are relative; the cookie scheme's are absolute (with the scheme the proxy reported).
            var location = Last.Headers.Location!;
            request.Dispose();
            request = new HttpRequestMessage(HttpMethod.Get, location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString);
        }
    }

    /// <summary>The value of the cookie <paramref name="name"/> as this browser holds it, or null.</summary>
    public string? Cookie(string name) => _cookies.TryGetValue(name, out var value) ? value : null;

    /// <summary>Holds <paramref name="value"/> as the cookie <paramref name="name"/> from now on, as if it had been set (a cookie copied from another browser).</summary>
    public void Carry(string name, string value) => _cookies[name] = value;

    public string FormToken() => FormTokenPattern().Match(Html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("The page has no form token.");

    public string MetaToken() => MetaTokenPattern().Match(Html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("The page has no meta token.");

    /// <summary>The text of the page's result section (the lookup's answer), tags stripped.</summary>
    public string Result() => ResultPattern().Match(Html) is { Success: true } match ? Text(match.Value) : string.Empty;

    public static string Text(string html) => WebUtility.HtmlDecode(Whitespace().Replace(Tags().Replace(html, " "), " ")).Trim();

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormTokenPattern();

    [GeneratedRegex("<meta name=\"request-verification-token\" content=\"([^\"]+)\"")]
    private static partial Regex MetaTokenPattern();

    [GeneratedRegex("<section class=\"result\".*?</section>", RegexOptions.Singleline)]
    private static partial Regex ResultPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
