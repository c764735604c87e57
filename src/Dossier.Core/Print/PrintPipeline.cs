using Dossier.Links;
using Dossier.Output;
using Dossier.Pages;
using Dossier.References;

namespace Dossier.Print;

/// <summary>
/// The print edition, print.html: the whole dossier in one page — front page, topics, timeline, claims,
/// articles, source index — for "Print to PDF". Made by `dossier pack`, not by every build.
/// </summary>
public sealed class PrintPipeline(DossierContent content, DossierAnalysis analysis, IReadOnlyList<Pipeline.Pipeline> pages)
    : PagePipeline(content, analysis)
{
    /// <summary>The templates this renders, each with the record type of its model (checked by the theme before rendering).</summary>
    public static readonly IReadOnlyList<(string Template, Type Model)> Templates = [("pages/print", typeof(PrintPage))];

    public const string Path = "print.html";

    public override string Name => "Print";

    public override IReadOnlyList<Pipeline.Pipeline> Dependencies => [.. base.Dependencies, .. pages];

    protected override void Render(PageRenderer renderer)
    {
        var html = pages.SelectMany(p => p.Outputs).Where(f => f.IsHtml).ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Span));
        IEnumerable<string> AllPages(string first) => Pagination.Chain(first, html.ContainsKey);
        var order = new List<string> { Routes.Home };
        order.AddRange(Content.Topics.Topics.Keys.SelectMany(id => AllPages(Routes.Topic(id))));
        order.AddRange(AllPages(Routes.Timeline));
        order.AddRange(AllPages(Routes.Claims));
        order.AddRange(Content.Articles.Articles.Select(a => Routes.Article(a.Slug)));
        order.AddRange(AllPages(Routes.Sources));
        var sections = PrintEdition.Sections(order.Where(html.ContainsKey).Select(p => (p, html[p])).ToList(), Path);
        Add(new PageInfo(Path, "Print edition", $"{renderer.Site.Title}: the whole dossier in one document.", null), "print",
            links => new PrintPage(sections, links.To(Routes.Home)));
    }
}
