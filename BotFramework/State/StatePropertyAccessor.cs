using CaseBot.BotFramework.Builder;

namespace CaseBot.BotFramework.State;

/// <summary>The accessor <see cref="BotState.CreateProperty{T}"/> hands out.</summary>
internal sealed class StatePropertyAccessor<T>(BotState state, string name) : IStatePropertyAccessor<T>
{
    public string Name { get; } = name;

    public async Task<T?> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default)
    {
        var cached = await state.GetCachedAsync(turnContext, cancellationToken);
        if (cached.TryGet<T>(Name, out var value))
        {
            return value;
        }

        if (defaultValueFactory is null)
        {
            return default;
        }

        var created = defaultValueFactory();
        cached.Set(Name, created);
        return created;
    }

    public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default)
        => (await state.GetCachedAsync(turnContext, cancellationToken)).Set(Name, value);

    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        => (await state.GetCachedAsync(turnContext, cancellationToken)).Remove(Name);
}
