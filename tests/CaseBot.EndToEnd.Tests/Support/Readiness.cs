namespace CaseBot.EndToEnd.Tests.Support;

/// <summary>Waits for a URL to answer, or for the process behind it to die (then fails with its output).</summary>
internal static class Readiness
{
    public static async Task WaitForAsync(string url, ChildProcess process, TimeSpan timeout)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Process exited before {url} answered:\n{process.Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(url));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Slow to answer; try again.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{url} did not answer within {timeout}:\n{process.Output}");
    }
}
