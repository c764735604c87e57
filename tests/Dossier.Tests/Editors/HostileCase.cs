using System.Text;
using Dossier.Tests.Support;

namespace Dossier.Tests.Editors;

/// <summary>One bad (or merely strange) input: what to do to a copy of the real dossier, and what must come of it.</summary>
/// <param name="Expect">A DOSnnn code the build must fail with, or null when the input is legal and must build safely.</param>
public sealed record HostileCase(string Name, Action<TempDossier> Apply, string? Expect)
{
    public override string ToString() => Name;

    public const string Sidecar = "articles/001_703b6955b0d8f8ed.yml";
    public const string Text = "articles/001_703b6955b0d8f8ed.txt";

    public static HostileCase Error(string name, string code, Action<TempDossier> apply) => new(name, apply, code);
    public static HostileCase Legal(string name, Action<TempDossier> apply) => new(name, apply, null);

    /// <summary>A Markdown article with the given body, filed under an existing topic.</summary>
    public static Action<TempDossier> MarkdownArticle(string body, string id = "hostile") => d =>
        d.Write($"articles/{id}.md", $"---\ntitle: Hostile fixture\noutlet: unknown\ndate_note: Written for the test suite.\ntopics: [mediation]\n---\n{body}\n");

    public static Action<TempDossier> Bytes(string relative, byte[] bytes) => d =>
    {
        Directory.CreateDirectory(Path.GetDirectoryName(d.PathOf(relative))!);
        File.WriteAllBytes(d.PathOf(relative), bytes);
    };

    public static Action<TempDossier> Append(string relative, string text) => d => d.Write(relative, d.Read(relative) + text);

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
