using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;

namespace CaseBot.Bot.Calendar;

/// <summary>Without Graph there is no Teams meeting to join: the lead adds CaseBot to a meeting by hand (README, "In the meeting").</summary>
internal sealed class OfflineMeetingChatSetup : IMeetingChatSetup
{
    public Task<bool> SetUpAsync(string chatId, CaseReference reference, CancellationToken cancellationToken) => Task.FromResult(false);
}
