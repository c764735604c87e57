using System.Globalization;
using System.Net;
using Dossier.Markdown;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Dossier.Citations;

/// <summary>Renders a citation as a numbered link that lands on the quoted passage in the article.</summary>
public sealed class CitationRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        var numbered = (renderer as DossierHtmlRenderer)?.Context?.Cite(citation.ArticleId, citation.Quote);
        if (numbered is null) return;
        var title = numbered.Target.Quote is null ? numbered.Target.ArticleTitle : $"“{numbered.Target.Quote}” — {numbered.Target.ArticleTitle}";
        renderer.Write("<a class=\"cite\" href=\"").Write(WebUtility.HtmlEncode(numbered.Href))
            .Write("\" title=\"").Write(WebUtility.HtmlEncode(title)).Write("\">[")
            .Write(numbered.Number.ToString(CultureInfo.InvariantCulture)).Write("]</a>");
    }
}
