using Dossier.Links;
using Dossier.Pages;
using Dossier.References;

namespace Dossier.Articles;

/// <summary>Renders articles/SLUG.html for every article.</summary>
public sealed class ArticlePagesPipeline(DossierContent content, DossierAnalysis analysis) : PagePipeline(content, analysis)
{
    /// <summary>The templates this renders, each with the record type of its model (checked by the theme before rendering).</summary>
    public static readonly IReadOnlyList<(string Template, Type Model)> Templates = [("pages/article", typeof(ArticlePage))];

    public override string Name => "ArticlePages";

    protected override void Render(PageRenderer renderer)
    {
        var model = new ArticlePageModel(Content, Analysis.Citations.Index, Analysis.Mentions, Analysis.References.Resolver);
        var list = Content.Articles.Articles;
        for (var i = 0; i < list.Count; i++)
        {
            var a = list[i];
            var page = new PageInfo(Routes.Article(a.Slug), a.Meta.Title, a.Meta.Summary, null, a.At);
            var (previous, next) = (i > 0 ? list[i - 1] : null, i + 1 < list.Count ? list[i + 1] : null);
            Add(page, "article", links => model.Build(a, previous, next, links));
        }
    }
}
