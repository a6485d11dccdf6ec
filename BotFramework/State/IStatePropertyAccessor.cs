using CaseBot.BotFramework.Builder;

namespace CaseBot.BotFramework.State;

/// <summary>A named, typed value inside a <see cref="BotState"/> (as Microsoft.Bot.Builder.IStatePropertyAccessor).</summary>
public interface IStatePropertyAccessor<T>
{
    string Name { get; }

    /// <summary>Gets the value; when absent and <paramref name="defaultValueFactory"/> is given, stores and returns its result.</summary>
    Task<T?> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default);

    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default);

    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
