using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Delivery;

/// <summary>
/// Works the outbox in the background: a round at once after a full batch, otherwise after the poll interval or as soon as this
/// instance saves a message (<see cref="IOutboxSignal"/>). Every instance may run it; leases keep them from sending a message twice.
/// </summary>
internal sealed class OutboxDeliveryService(
    OutboxProcessor processor, OutboxSignal signal, IOptions<DeliveryOptions> options, TimeProvider timeProvider, ILogger<OutboxDeliveryService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            DeliveryLog.Disabled(logger);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = await processor.RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // E.g. the database is restarting: keep the service alive and try again after the poll interval.
                DeliveryLog.RoundFailed(logger, ex);
            }

            if (claimed >= settings.BatchSize)
            {
                continue;
            }

            try
            {
                await signal.WaitAsync(settings.PollInterval, timeProvider, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
