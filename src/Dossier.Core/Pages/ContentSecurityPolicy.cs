using System.Security.Cryptography;
using System.Text;

namespace Dossier.Pages;

/// <summary>
/// The Content-Security-Policy every page carries: scripts, styles and everything else from the site's own
/// files only — no inline script, no other host. A page whose style must be inline (404.html, served at
/// any depth) allows that one style by its hash.
/// </summary>
public static class ContentSecurityPolicy
{
    private const string Base = "default-src 'self'; script-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; " +
                                "object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'self'";

    public static string For(string? inlineStyle) =>
        inlineStyle is null ? Base + "; style-src 'self'" : Base + $"; style-src 'self' 'sha256-{Hash(inlineStyle)}'";

    private static string Hash(string style) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)));
}
