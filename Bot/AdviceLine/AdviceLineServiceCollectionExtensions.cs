using CaseBot.Cases.AdviceLine;
using Microsoft.Extensions.Options;

namespace CaseBot.Bot.AdviceLine;

/// <summary>Registers the advice line's hours (UK time) and contact details from configuration.</summary>
public static class AdviceLineServiceCollectionExtensions
{
    public static IServiceCollection AddAdviceLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdviceLineOptions>().Bind(configuration.GetSection(AdviceLineOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => AdviceLineHours.ForUk(sp.GetRequiredService<IOptions<AdviceLineOptions>>().Value.ClosedDates.ToHashSet()));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AdviceLineOptions>>().Value;
            return new AdviceLineContact(options.Phone, options.Email);
        });
        return services;
    }
}
