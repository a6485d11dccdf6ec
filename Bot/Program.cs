using CaseBot.Bot.Access;
using CaseBot.Bot.AdviceLine;
using CaseBot.Bot.Calendar;
using CaseBot.Bot.Delivery;
using CaseBot.Bot.Jobs;
using CaseBot.Bot.RateLimits;
using CaseBot.Bot.Storage;
using CaseBot.BotFramework.Hosting;
using CaseBot.Dialogs.Root;
using CaseBot.Tab;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
builder.Logging.AddJsonConsole(o =>
{
    o.IncludeScopes = true;
    o.UseUtcTimestamp = true;
    o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
});

builder.Services.AddCaseBotStorage(builder.Configuration);
builder.Services.AddBotFramework(builder.Configuration);
builder.Services.AddAdviceLine(builder.Configuration);
builder.Services.AddCaseAccessAndAudit(builder.Configuration);
builder.Services.AddCaseBotJobs(builder.Configuration);
builder.Services.AddMeetingCalendar(builder.Configuration);
builder.Services.AddCaseBotConversations();
builder.Services.AddCaseBotDelivery(builder.Configuration);
builder.Services.AddCaseBotTab(builder.Configuration);
builder.Services.AddCaseBotRateLimits(builder.Configuration);

var app = builder.Build();
app.UseCaseBotTab();
app.UseBotMessagesAdmission();
app.UseCaseBotRateLimits();
app.MapBotMessages("/api/messages");
app.MapHealthChecks("/healthz");
app.MapCaseBotTab();
await app.RunAsync();

/// <summary>The host's entry point; public so integration tests can start it with WebApplicationFactory.</summary>
public partial class Program;
