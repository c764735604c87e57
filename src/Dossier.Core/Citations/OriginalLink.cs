using Dossier.Articles;
using Dossier.Text;

namespace Dossier.Citations;

/// <summary>
/// A "view in the original" link: to the passage on the article's original page, by a URL text fragment
/// (<see cref="TextFragment"/>). With an archived copy as well, it is a Robust Link: <see cref="OriginalUrl"/>,
/// <see cref="VersionUrl"/> and <see cref="VersionDate"/> become data-originalurl, data-versionurl and data-versiondate.
/// </summary>
/// <param name="Label">"view in the original", or "view in the archived copy" when only the archived copy has an address.</param>
public sealed record OriginalLink(string Href, string Label, string? OriginalUrl, string? VersionUrl, string? VersionDate)
{
    /// <summary>
    /// The link to a passage of <paramref name="article"/> given as pieces of its blocks; null when the article has
    /// neither a url nor an archive_url. Without a url the link goes to the archived copy, which shows the same text.
    /// </summary>
    public static OriginalLink? To(Article article, IEnumerable<(int Block, TextRange Range)> pieces)
    {
        var meta = article.Meta;
        var target = meta.Url ?? meta.ArchiveUrl;
        if (target is null) return null;
        var directive = TextFragment.Directive(pieces.Select(p => new TextFragment.Piece(article.Blocks[p.Block].Text, p.Range)).ToList());
        if (directive is null) return null;
        var robust = meta.Url is not null && meta.ArchiveUrl is not null;
        return new OriginalLink(
            TextFragment.Append(target, directive),
            meta.Url is null ? "view in the archived copy" : "view in the original",
            OriginalUrl: robust ? meta.Url : null,
            VersionUrl: robust ? meta.ArchiveUrl : null,
            VersionDate: robust ? meta.Archived?.Iso : null);
    }

    /// <summary>The link to a verified passage (a range of the article's reader text); null for a citation of the whole article.</summary>
    public static OriginalLink? To(Article article, TextRange? passage) =>
        passage is null || (article.Meta.Url ?? article.Meta.ArchiveUrl) is null ? null : To(article, article.Reader.Locate(passage.Value));
}
