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
public sealed class PageRenderer(ThemePipeline theme, SiteConfig site)
{
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

    public OutputFile Render(PageInfo page, string template, Func<LinkGenerator, object> model)
    {
        var links = new LinkGenerator(page.Path);
        var content = theme.Render("pages/" + template, model(links));
        var html = theme.Render("layouts/base", new
        {
            Lang = site.Language,
            Title = page.Path == Routes.Home ? site.Title : $"{page.Title} — {site.Title}",
            PageTitle = page.Title,
            SiteTitle = site.Title,
            Description = page.Description ?? site.Description,
            Stylesheet = links.To(Routes.Stylesheet),
            HomeHref = links.To(Routes.Home),
            Nav = Navigation.Select(n => new { n.Label, Href = links.To(n.Path), Current = n.Label == page.Section }).ToList(),
            Licence = site.Licence,
            SourcesHref = links.To(Routes.Sources),
            Content = content,
        });
        return OutputFile.Text(page.Path, html) with { Origin = page.Origin };
    }
}
