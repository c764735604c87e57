using Dossier.Articles.Body;
using Dossier.Diagnostics;
using Dossier.Markdown;

namespace Dossier.Articles;

public enum ArticleFormat { PlainText, Markdown }

/// <summary>A processed article: its metadata, its blocks as readers see them and the notes anchored in them.</summary>
public sealed record Article(
    string Id,
    ArticleMeta Meta,
    ArticleFormat Format,
    string SourceFileName,
    string Sha256,
    IReadOnlyList<BodyBlock> Blocks,
    ReaderText Reader,
    IReadOnlyList<ResolvedNote> Notes,
    SourceLocation At)
{
    public string Slug => Meta.Slug ?? Id;

    // Articles are told apart by identity: value equality would compare and hash every block of the text.
    public bool Equals(Article? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
    public int WordCount { get; } = Reader.WordCount;

    /// <summary>The whole text before omissions, to tell a quote from an omitted passage apart from a misquote.</summary>
    public string FullText => OmittedFullText ?? string.Join("\n\n", Blocks.Select(b => b.Text));

    /// <summary>The whole text before omissions, of an article with omissions.</summary>
    public string? OmittedFullText { get; init; }

    /// <summary>What the Markdown body (of a .md article) refers to.</summary>
    public MarkdownReferences BodyReferences { get; init; } = new([], [], []);

    /// <summary>Every citation of the article: in a Markdown body and in the notes.</summary>
    public IEnumerable<CitationReference> AllCitations => BodyReferences.Citations.Concat(Notes.SelectMany(n => n.Spec.Text.Citations));
}
