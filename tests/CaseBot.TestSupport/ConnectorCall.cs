using CaseBot.BotFramework.Schema;

namespace CaseBot.TestSupport;

/// <summary>One request the fake Connector received.</summary>
public sealed record ConnectorCall(string Method, string Path, string Authorization, string Body, Activity? Activity, bool Failed = false);
