using Dossier.Links;
using Markdig.Renderers;

namespace Dossier.Markdown;

/// <summary>Where an [[id]] link leads.</summary>
public sealed record LinkTarget(string Page, string? Fragment, string Title, string Kind);

/// <summary>Where a [@ID "quote"] citation leads: the article page, at the mark of the quoted passage.</summary>
public sealed record CitationTarget(string Page, string? Fragment, string ArticleTitle, string Outlet, string? Quote);

/// <summary>Resolves the cross-references of Markdown texts against the whole dossier.</summary>
public interface IReferenceResolver
{
    LinkTarget? Resolve(string id, string? kind);
    CitationTarget? ResolveCitation(string articleId, string? quote);

    /// <summary>The file of input/media/ published at a site path ("media/map.png"), if there is one.</summary>
    Dossier.Media.MediaFile? Media(string path) => null;
}

/// <summary>A citation as numbered on one rendered page.</summary>
public sealed record NumberedCitation(int Number, string Href, CitationTarget Target);

/// <summary>
/// What Markdown rendering needs to know of the page it renders into: the page's link generator and the
/// resolver. It numbers the citations of the page in the order they appear, once per cited passage.
/// </summary>
public sealed class MarkdownRenderContext(LinkGenerator links, IReferenceResolver resolver)
{
    private readonly List<NumberedCitation> _citations = [];

    public LinkGenerator Links { get; } = links;
    public IReferenceResolver Resolver { get; } = resolver;
    public IReadOnlyList<NumberedCitation> Citations => _citations;

    public NumberedCitation? Cite(string articleId, string? quote)
    {
        var target = Resolver.ResolveCitation(articleId, quote);
        if (target is null) return null;
        var href = Links.To(target.Page, target.Fragment);
        var existing = _citations.FirstOrDefault(c => c.Href == href);
        if (existing is not null) return existing;
        var numbered = new NumberedCitation(_citations.Count + 1, href, target);
        _citations.Add(numbered);
        return numbered;
    }
}

/// <summary>An HTML renderer that carries the page's <see cref="MarkdownRenderContext"/> to the extension renderers.</summary>
public sealed class DossierHtmlRenderer(TextWriter writer, MarkdownRenderContext? context) : HtmlRenderer(writer)
{
    public MarkdownRenderContext? Context { get; private set; } = context;

    /// <summary>Readies the renderer for another text as if it were new: making and setting one up costs more than rendering a paragraph.</summary>
    public void Reuse(TextWriter writer, MarkdownRenderContext? context)
    {
        Writer = writer;
        Context = context;
        ImplicitParagraph = false;
        previousWasLine = true;
    }
}
