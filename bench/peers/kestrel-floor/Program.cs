using System.Text.Json;
using CaseBot.Bench.KestrelFloor;

// The floor no bot can beat: read the activity, post one reply to the Connector at its serviceUrl, answer 200.
// No authentication, state, dialogs or logging; one pooled HttpClient from IHttpClientFactory.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.AddHttpClient(FloorActivity.ConnectorClient)
    .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue });

var app = builder.Build();
app.MapGet("/healthz", () => "ok");
app.MapPost("/api/messages", async (HttpContext http, IHttpClientFactory clients) =>
{
    var activity = await JsonSerializer.DeserializeAsync<FloorActivity>(http.Request.Body, FloorActivity.Json, http.RequestAborted);
    if (activity?.ServiceUrl is null || activity.Conversation is not { } conversation || conversation.Id is null)
    {
        return Results.BadRequest();
    }

    var reply = activity.Reply("ok");
    var path = $"{activity.ServiceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversation.Id)}/activities/{Uri.EscapeDataString(activity.Id ?? "0")}";
    using var response = await clients.CreateClient(FloorActivity.ConnectorClient).PostAsJsonAsync(path, reply, FloorActivity.Json, http.RequestAborted);
    return response.IsSuccessStatusCode ? Results.Ok() : Results.StatusCode(502);
});
await app.RunAsync();
