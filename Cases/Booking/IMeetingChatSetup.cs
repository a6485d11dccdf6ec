using CaseBot.Cases.CriticalCases;

namespace CaseBot.Cases.Booking;

/// <summary>
/// Puts CaseBot into a booked meeting's Teams chat, with the case's tab pinned there: installed in the chat, the bot is in the
/// meeting, so Teams sends it the meeting's start and end; the tab is the case in the meeting's side panel. Safe to repeat.
/// </summary>
public interface IMeetingChatSetup
{
    /// <returns>True when CaseBot and the case's tab are in the chat (already, or now); false when that could not be done.</returns>
    Task<bool> SetUpAsync(string chatId, CaseReference reference, CancellationToken cancellationToken);
}
