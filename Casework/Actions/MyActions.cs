using CaseBot.Cases.Access;
using CaseBot.Cases.Actions;
using CaseBot.Casework.Lookups;

namespace CaseBot.Casework.Actions;

/// <summary>A person's open actions across the cases they lead or attend, earliest due first ("my actions" in chat and on the board).</summary>
public sealed class MyActions(CaseLookups lookups)
{
    public async Task<IReadOnlyList<MyAction>> OpenAsync(CaseCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return MyAction.OpenFor(await lookups.MineAsync(caller, cancellationToken), caller.AadObjectId);
    }
}
