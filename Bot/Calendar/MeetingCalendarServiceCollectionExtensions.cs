using CaseBot.Cases.Booking;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Calendar;

/// <summary>Registers <see cref="IMeetingCalendar"/> and <see cref="IPeopleDirectory"/>: Microsoft Graph when <c>Graph:Enabled</c> is true, otherwise the offline calendar and configured directory.</summary>
public static class MeetingCalendarServiceCollectionExtensions
{
    public static IServiceCollection AddMeetingCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<MeetingCalendarOptions>().Bind(configuration.GetSection(MeetingCalendarOptions.SectionName))
            .PostConfigure(o => o.ClosedDates = o.ClosedDates.Count > 0 ? o.ClosedDates : configuration.GetSection("AdviceLine:ClosedDates").Get<List<DateOnly>>() ?? [])
            .Validate(o => o.HasKnownTimeZone(), "Calendar:TimeZone must be a time zone id known to this machine, e.g. Europe/London.")
            .Validate(o => o.WorkdayStart < o.WorkdayEnd, "Calendar:WorkdayStart must be before Calendar:WorkdayEnd.")
            .ValidateOnStart();
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<MeetingCalendarOptions>>().Value.ToWorkingHours());

        services.AddOptions<DirectoryOptions>().Bind(configuration.GetSection(DirectoryOptions.SectionName));
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.SectionName))
            .PostConfigure(o => FallBackToBotIdentity(o, configuration))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>());

        if (configuration.GetSection(GraphOptions.SectionName).GetValue<bool>(nameof(GraphOptions.Enabled)))
        {
            services.TryAddSingleton(sp => GraphClientBuilder.Create(sp.GetRequiredService<IOptions<GraphOptions>>().Value));
            services.AddSingleton<IMeetingCalendar, GraphMeetingCalendar>();
            services.AddSingleton<IPeopleDirectory, GraphPeopleDirectory>();
            services.AddSingleton<IMeetingChatSetup, GraphMeetingChatSetup>();
        }
        else
        {
            services.AddSingleton<IMeetingCalendar, OfflineMeetingCalendar>();
            services.AddSingleton<IPeopleDirectory, ConfiguredPeopleDirectory>();
            services.AddSingleton<IMeetingChatSetup, OfflineMeetingChatSetup>();
        }

        return services;
    }

    private static void FallBackToBotIdentity(GraphOptions options, IConfiguration configuration)
    {
        options.TenantId = Either(options.TenantId, configuration["MicrosoftAppTenantId"]);
        options.ClientId = Either(options.ClientId, configuration["MicrosoftAppId"]);
        options.ClientSecret = Either(options.ClientSecret, configuration["MicrosoftAppPassword"]);
    }

    private static string? Either(string? own, string? bot) => string.IsNullOrWhiteSpace(own) ? bot : own;
}
