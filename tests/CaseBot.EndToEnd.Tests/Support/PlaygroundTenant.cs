using System.Globalization;

namespace CaseBot.EndToEnd.Tests.Support;

/// <summary>
/// The Playground's mock tenant, written as its config file (<c>M365_AGENTS_PLAYGROUND_CONFIG_PATH</c>) for each Playground the
/// sandbox starts: the Playground's own built-in tenant (0.2.28: Alex Wilber as user-id-0, five more members, the same ids and
/// names), with three changes.
/// <list type="bullet">
/// <item>The personal chat's id is the sandbox's <c>--conversation-id</c> (with a config file the Playground takes it from the file).</item>
/// <item>The tenant id is new for each Playground, so each journey is its own organisation to the bot, which keeps everything per
/// tenant: the chats' addresses it stored and the cards its outbox still retries for one journey's people (to a Playground that is
/// gone) never reach the next journey's chat, and case references never collide.</item>
/// <item>Patti Fernandez and Lynne Robbins get Entra-style object ids: the built-in ones end in 13 digits, so they are not GUIDs,
/// and CaseBot checks at start-up that the advice-line staff and admins it is given are GUIDs (as Entra ids are).</item>
/// </list>
/// The other members keep the built-in ids, which the bot's Development directory (Bot/appsettings.Development.json) lists.
/// </summary>
internal static class PlaygroundTenant
{
    /// <summary>Megan Bowen (meganb@example.com).</summary>
    public const string Megan = "user-id-1";

    /// <summary>Adele Vance (adelev@example.com).</summary>
    public const string Adele = "user-id-2";

    /// <summary>Isaiah Langer: in the directory, but neither lead, attendee, advice line nor admin.</summary>
    public const string Stranger = "user-id-3";

    public const string StrangerObjectId = "00000000-0000-0000-0000-0000000000023";

    /// <summary>Patti Fernandez, OH advice-line staff (<c>AdviceLine:StaffObjectIds</c>).</summary>
    public const string AdviceLine = "user-id-4";

    public const string AdviceLineObjectId = "00000000-0000-0000-0000-000000000024";

    /// <summary>Lynne Robbins, a CaseBot admin (<c>Admin:ObjectIds</c>).</summary>
    public const string Admin = "user-id-5";

    public const string AdminObjectId = "00000000-0000-0000-0000-000000000025";

    private const string Template = """
        version: "0.1.1"
        tenantId: {3}
        bot:
          id: 00000000-0000-0000-0000-00000000000011
          name: Test Bot
        currentUser:
          id: user-id-0
          name: Alex Wilber
          userPrincipleName: alexw@example.com
          aadObjectId: 00000000-0000-0000-0000-0000000000020
          givenName: Alex
          surname: Wilber
          email: alexw@example.com
        users:
          - id: user-id-1
            name: Megan Bowen
            userPrincipleName: meganb@example.com
            aadObjectId: 00000000-0000-0000-0000-0000000000021
            givenName: Megan
            surname: Bowen
            email: meganb@example.com
          - id: user-id-2
            name: Adele Vance
            userPrincipleName: adelev@example.com
            aadObjectId: 00000000-0000-0000-0000-0000000000022
            givenName: Adele
            surname: Vance
            email: adelev@example.com
          - id: user-id-3
            name: Isaiah Langer
            userPrincipleName: isaiah@example.com
            aadObjectId: 00000000-0000-0000-0000-0000000000023
            givenName: Isaiah
            surname: Langer
            email: isaiahl@example.com
          - id: user-id-4
            name: Patti Fernandez
            userPrincipleName: pattif@example.com
            aadObjectId: {1}
            givenName: Patti
            surname: Fernandez
            email: pattif@example.com
          - id: user-id-5
            name: Lynne Robbins
            userPrincipleName: lynner@example.com
            aadObjectId: {2}
            givenName: Lynne
            surname: Robbins
            email: lynner@example.com
        personalChat:
          id: {0}
        groupChat:
          id: 8b7f5c1e-3a0d-4f3e-9c55-2f1f0a6d7e01
          name: Group Chat
        team:
          id: team-id
          name: My Team
          aadGroupId: 00000000-0000-0000-0000-000000000031
          channels:
            - id: channel-announcements-id
              name: Announcements

        """;

    /// <summary>The config file's YAML, for a Playground whose personal chat is <paramref name="conversationId"/> in tenant <paramref name="tenantId"/>.</summary>
    public static string Yaml(string conversationId, string tenantId)
        => string.Format(CultureInfo.InvariantCulture, Template, conversationId, AdviceLineObjectId, AdminObjectId, tenantId);
}
