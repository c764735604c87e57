using System.Text;
using Dossier.Tests.Support;
using static Dossier.Tests.Editors.HostileCase;

namespace Dossier.Tests.Editors;

/// <summary>Files that are not UTF-8, or only partly: each is refused where its first bad byte stands.</summary>
public sealed class HostileEncodingTests(GoodOutput output) : HostileInputTests(output), IClassFixture<GoodOutput>
{
    private static Action<TempDossier> Spliced(string relative, string after, byte[] bytes) => d =>
    {
        var text = Encoding.UTF8.GetBytes(d.Read(relative));
        var at = IndexOf(text, Encoding.UTF8.GetBytes(after)) + Encoding.UTF8.GetByteCount(after);
        Assert.True(at >= Encoding.UTF8.GetByteCount(after), $"'{after}' is not in {relative}");
        File.WriteAllBytes(d.PathOf(relative), [.. text[..at], .. bytes, .. text[at..]]);
    };

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);

    public static IEnumerable<object[]> Cases => Rows(
    [
        Error("UTF-16 big-endian with its mark", "DOS018", Bytes(Sidecar, [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("title: x\n")])),
        Error("UTF-32 with its mark", "DOS018", Bytes(Sidecar, [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes("title: x\n")])),
        Error("UTF-16 without a mark", "DOS018", Bytes("topics/mediation.md", Encoding.Unicode.GetBytes("---\ntitle: x\nsummary: y\n---\n"))),
        Error("a Windows-1252 curly quote in a UTF-8 article", "DOS018", Spliced(HostileCase.Text, "Pakistan", [0x93])),
        Error("one Latin-1 byte in a UTF-8 topic", "DOS018", Spliced("topics/mediation.md", "Two countries", [0xE9])),
        Error("an overlong UTF-8 slash", "DOS018", Spliced("claims.yml", "claim: ", [0xC0, 0xAF])),
        Error("a surrogate encoded in UTF-8 (CESU)", "DOS018", Spliced("entities.yml", "name: ", [0xED, 0xA0, 0x80])),
        Error("a multi-byte character cut off at the end", "DOS018", d => File.AppendAllBytes(d.PathOf("timeline.yml"), [.. Utf8("\n# caf"), 0xC3])),
        Error("a UTF-8 sequence for a code point past U+10FFFF", "DOS018", Spliced("outlets.yml", "name: ", [0xF4, 0x90, 0x80, 0x80])),
        Legal("a byte-order mark in a plain-text article", d => Bytes(HostileCase.Text, [.. Encoding.UTF8.GetPreamble(), .. Utf8(d.Read(HostileCase.Text))])(d)),
        Legal("a byte-order mark in a Markdown topic", d => Bytes("topics/mediation.md", [.. Encoding.UTF8.GetPreamble(), .. Utf8(d.Read("topics/mediation.md"))])(d)),
    ]);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Behaves(HostileCase c) => Check(c);
}
