using Dossier.Links;
using Dossier.Output;
using Dossier.Site;
using Dossier.Theme;

namespace Dossier.Pages;

/// <summary>What the layout needs to know of a page besides its content.</summary>
/// <param name="Section">The navigation entry this page belongs to (highlighted in the menu).</param>
/// <param name="Origin">The input file the page is made from, if one.</param>
public sealed record PageInfo(string Path, string Title, string? Description, string? Section, Diagnostics.SourceLocation? Origin = null);

/// <summary>Renders a page template inside the base layout, with links made relative to the page.</summary>
public sealed class PageRenderer(ThemePipeline theme, SiteConfig site, Previews.LinkPreviews? previews = null)
{
    /// <summary>The templates this renders, each with the record type of its model (checked by the theme before rendering).</summary>
    public static readonly IReadOnlyList<(string Template, Type Model)> Templates = [("layouts/base", typeof(LayoutModel))];

    public const string SiteScript = "assets/site.js";

    private static readonly (string Label, string Path)[] Navigation =
    [
        ("Home", Routes.Home),
        ("Topics", Routes.TopicsIndex),
        ("Entities", Routes.EntitiesIndex),
        ("Timeline", Routes.Timeline),
        ("Claims", Routes.Claims),
        ("Sources", Routes.Sources),
    ];

    public SiteConfig Site => site;

    // The layout is rendered around this, and the page template then written in its place, into the same buffer.
    private const string ContentMark = "\u0001dossier-page-content\u0001";

    public OutputFile Render(PageInfo page, string template, Func<LinkGenerator, object> model)
    {
        var links = new LinkGenerator(page.Path);
        // The model first: making it may use this worker's buffer too (an article's blocks).
        var pageModel = model(links);
        var buffer = PageBuffer.Rent();
        try
        {
            Write(buffer, page, template, links, pageModel, inlineStyle: null, absoluteLinks: false);
            return OutputFile.Text(page.Path, buffer.Text) with { Origin = page.Origin, Links = HtmlLinkScanner.Scan(buffer.Text) };
        }
        finally { PageBuffer.Return(buffer); }
    }

    /// <summary>
    /// The page's HTML. The 404 page, served at any depth, takes its style inline and its links absolute
    /// (from site_url) instead of relative.
    /// </summary>
    public string RenderHtml(PageInfo page, string template, Func<LinkGenerator, object> model, string? inlineStyle = null, bool absoluteLinks = false)
    {
        var links = new LinkGenerator(page.Path, absoluteLinks ? site.SiteUrl : null);
        var pageModel = model(links);
        var buffer = new PageBuffer();
        Write(buffer, page, template, links, pageModel, inlineStyle, absoluteLinks);
        return buffer.Text.ToString();
    }

    private void Write(PageBuffer buffer, PageInfo page, string template, LinkGenerator links, object pageModel, string? inlineStyle, bool absoluteLinks)
    {
        var start = buffer.Length;
        var head = (pageModel as IHasPageHead)?.Head ?? PageHead.None;
        theme.Render("layouts/base", new LayoutModel(
            Lang: site.Language,
            Title: page.Path == Routes.Home ? site.Title : $"{page.Title} — {site.Title}",
            SiteTitle: site.Title,
            Description: page.Description ?? site.Description,
            Csp: ContentSecurityPolicy.For(inlineStyle),
            Canonical: site.SiteUrl is null || page.Path == Routes.NotFound ? null : new LinkGenerator(page.Path, site.SiteUrl).To(page.Path),
            Stylesheet: inlineStyle is null ? links.To(Routes.Stylesheet) : null,
            Icon: inlineStyle is null ? links.To(Routes.Icon) : null,
            InlineStyle: inlineStyle,
            SiteScript: inlineStyle is null ? links.To(SiteScript) : null,
            FeedHref: site.SiteUrl is null ? null : links.To(Publishing.PublishingPipeline.Feed),
            Root: links.Root,
            HomeHref: links.To(Routes.Home),
            SearchHref: links.To(Routes.Search),
            Nav: Navigation.Select(n => new NavItem(n.Label, links.To(n.Path), n.Label == page.Section)).ToList(),
            Licence: site.Licence,
            SourcesHref: links.To(Routes.Sources),
            CorrectionsHref: links.To(Routes.Corrections),
            MethodologyHref: links.To(Routes.Methodology),
            DataHref: links.To(Routes.Data),
            Content: ContentMark,
            PreviewFiles: absoluteLinks ? null : previews?.Files,
            Meta: head.Meta,
            JsonLd: head.JsonLd), buffer);
        var mark = buffer.Text[start..].IndexOf(ContentMark, StringComparison.Ordinal);
        if (mark < 0) throw new InvalidOperationException("the base layout does not show the page's content ({{ content | raw }})");
        // The layout is written straight into the page's buffer (a string of it per page was 100 MB of the 3.8 GB a
        // 10,000-article build allocates); its end waits aside while the page template is written in the content's place.
        var at = start + mark;
        var tailLength = buffer.Length - at - ContentMark.Length;
        var tail = System.Buffers.ArrayPool<char>.Shared.Rent(tailLength);
        try
        {
            buffer.Text.Slice(at + ContentMark.Length, tailLength).CopyTo(tail);
            buffer.Truncate(at);
            theme.Render("pages/" + template, pageModel, buffer);
            buffer.Write(tail.AsSpan(0, tailLength));
        }
        finally { System.Buffers.ArrayPool<char>.Shared.Return(tail); }
    }
}
