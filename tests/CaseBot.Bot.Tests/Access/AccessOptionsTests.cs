using CaseBot.Bot.Access;
using CaseBot.Bot.Tests.Support;
using CaseBot.Cases.Access;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Tests.Access;

/// <summary>The access settings: bound from AdviceLine:* and Admin:*, checked to be Entra ids, and turned into the policy's grants.</summary>
public sealed class AccessOptionsTests
{
    private const string Staff = "11111111-1111-1111-1111-111111111111";
    private const string Admin = "22222222-2222-2222-2222-222222222222";

    [Fact]
    public async Task AccessGrants_FromSettings_HoldTheConfiguredIds()
    {
        await using var services = await StartAsync(new()
        {
            ["AdviceLine:StaffObjectIds:0"] = Staff,
            ["AdviceLine:StaffGroupIds:0"] = Admin,
            ["Admin:ObjectIds:0"] = Admin,
        });

        var sut = services.Provider.GetRequiredService<AccessGrants>();

        Assert.Equal([Staff], sut.StaffObjectIds);
        Assert.Equal([Admin], sut.StaffGroupIds);
        Assert.Equal([Admin], sut.AdminObjectIds);
        Assert.Empty(sut.AdminGroupIds);
    }

    [Theory]
    [InlineData("AdviceLine:StaffObjectIds:0", "jane.smith@example.org")]
    [InlineData("AdviceLine:StaffGroupIds:0", "OH advice line")]
    [InlineData("Admin:ObjectIds:0", "admin")]
    [InlineData("Admin:GroupIds:0", "")]
    public async Task Options_NotAnEntraId_FailValidationNamingTheSetting(string key, string value)
    {
        await using var services = await StartAsync(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.Provider.GetRequiredService<AccessGrants>());

        Assert.Contains(key[..key.LastIndexOf(':')], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Policy_WithoutSettings_GrantsNobodyARole()
    {
        await using var services = await StartAsync([]);

        var roles = await services.Provider.GetRequiredService<CaseAccessPolicy>().RolesAsync(new CaseCaller("t1", Staff), default);

        Assert.Equal(CallerRoles.None, roles);
    }

    private static async Task<StorageServices> StartAsync(Dictionary<string, string?> settings)
    {
        var services = StorageServices.Sqlite((s, c) => s.AddCaseAccessAndAudit(c), settings);
        await services.StartAsync();
        return services;
    }
}
