using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CaseBot.TestSupport;

/// <summary>A generated RSA key with a key id and the channels it endorses, as login.botframework.com publishes them.</summary>
public sealed class SigningKey : IDisposable
{
    private readonly RSA _rsa;

    private SigningKey(string keyId, string[] endorsements, RSA rsa)
    {
        KeyId = keyId;
        Endorsements = endorsements;
        _rsa = rsa;
        SecurityKey = new RsaSecurityKey(rsa) { KeyId = keyId };
    }

    public string KeyId { get; }

    public string[] Endorsements { get; }

    public RsaSecurityKey SecurityKey { get; }

    public static SigningKey Create(string keyId, params string[] endorsements) => new(keyId, endorsements, RSA.Create(2048));

    public object ToJwk()
    {
        var parameters = _rsa.ExportParameters(false);
        return new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = Endorsements,
        };
    }

    public void Dispose() => _rsa.Dispose();
}
