using System.Net;
using System.Text;

namespace CaseBot.Bot.Tests.Calendar;

/// <summary>The end of the Graph SDK's handler chain in tests: records each request and answers with the next scripted response.</summary>
internal sealed class FakeGraphHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpResponseMessage>> _responses = new();
    private readonly List<RecordedRequest> _requests = [];

    public IReadOnlyList<RecordedRequest> Requests => _requests;

    public FakeGraphHandler Respond(HttpStatusCode status, string? json = null, TimeSpan? retryAfter = null, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _responses.Enqueue(() =>
            {
                var response = new HttpResponseMessage(status);
                if (json is not null)
                {
                    response.Content = new StringContent(json, Encoding.UTF8, "application/json");
                }

                if (retryAfter is { } delay)
                {
                    response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(delay);
                }

                return response;
            });
        }

        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        _requests.Add(new RecordedRequest(request.Method, request.RequestUri!, headers, body));
        if (!_responses.TryDequeue(out var respond))
        {
            throw new InvalidOperationException($"No response scripted for request {_requests.Count}.");
        }

        var response = respond();
        response.RequestMessage = request;
        return response;
    }
}
