using CaseBot.Cases.AdviceLine;
using Microsoft.Extensions.Options;

namespace CaseBot.Bot.AdviceLine;

/// <summary>Registers the advice line's hours (UK time) and contact details from configuration.</summary>
public static class AdviceLineServiceCollectionExtensions
{
    public static IServiceCollection AddAdviceLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdviceLineOptions>().Bind(configuration.GetSection(AdviceLineOptions.SectionName)).ValidateDataAnnotations()
            .Validate(o => o.Opens < o.Closes, "AdviceLine:Opens must be before AdviceLine:Closes.")
            .Validate(
                o => !AdviceLineHours.IsInUkClockChange(o.Opens) && !AdviceLineHours.IsInUkClockChange(o.Closes),
                "AdviceLine:Opens and AdviceLine:Closes must not be from 01:00 to 01:59: the UK's clock changes skip or repeat that hour.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<AdviceLineOptions>>().Value.ToHours());
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AdviceLineOptions>>().Value;
            return new AdviceLineContact(options.Phone, options.Email);
        });
        return services;
    }
}
