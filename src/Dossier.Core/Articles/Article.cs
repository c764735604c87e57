using Dossier.Articles.Body;
using Dossier.Diagnostics;

namespace Dossier.Articles;

public enum ArticleFormat { PlainText, Markdown }

/// <summary>A processed article: its metadata, its blocks as readers see them and the notes anchored in them.</summary>
public sealed record Article(
    string Id,
    ArticleMeta Meta,
    ArticleFormat Format,
    string SourcePath,
    string SourceFileName,
    string Sha256,
    IReadOnlyList<BodyBlock> Blocks,
    ReaderText Reader,
    IReadOnlyList<ResolvedNote> Notes,
    SourceLocation At)
{
    public string Slug => Meta.Slug ?? Id;
    public int WordCount { get; } = Reader.WordCount;
}
