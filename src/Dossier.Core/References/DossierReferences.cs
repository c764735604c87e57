using Dossier.Articles;
using Dossier.Citations;
using Dossier.Links;
using Dossier.Markdown;

namespace Dossier.References;

/// <summary>The dossier's ids — entities, topics, articles, claims — and where each leads; resolves [[id]] and citations.</summary>
public sealed class DossierReferences : IReferenceResolver
{
    /// <summary>Precedence when one id names several kinds of thing (an error is reported; this keeps rendering defined).</summary>
    public static readonly string[] Kinds = ["entity", "topic", "article", "claim"];

    private readonly Dictionary<string, List<LinkTarget>> _targets = new(StringComparer.Ordinal);
    private readonly DossierContent _content;
    private readonly CitationIndex _citations;

    public DossierReferences(DossierContent content, CitationIndex citations)
    {
        _content = content;
        _citations = citations;
        foreach (var e in content.Entities.Entities.Values) Add(e.Id, new LinkTarget(Routes.Entity(e.Id), null, e.Name, "entity"));
        foreach (var t in content.Topics.Topics.Values) Add(t.Id, new LinkTarget(Routes.Topic(t.Id), null, t.Title, "topic"));
        foreach (var a in content.Articles.Articles) Add(a.Id, new LinkTarget(Routes.Article(a.Slug), null, a.Meta.Title, "article"));
        foreach (var c in content.Claims.Claims) Add(c.Id, new LinkTarget(Routes.Claim(c.Id), null, c.PlainText, "claim"));
    }

    public IReadOnlyCollection<string> AllIds => _targets.Keys;

    public IReadOnlyList<LinkTarget> All(string id) => _targets.TryGetValue(id, out var list) ? list : [];

    public LinkTarget? Resolve(string id, string? kind) =>
        All(id).Where(t => kind is null || t.Kind == kind).OrderBy(t => Array.IndexOf(Kinds, t.Kind)).FirstOrDefault();

    public Dossier.Media.MediaFile? Media(string path) => _content.Media.Files.GetValueOrDefault(path);

    public CitationTarget? ResolveCitation(string articleId, string? quote)
    {
        if (!_content.Articles.ById.TryGetValue(articleId, out var article)) return null;
        var outlet = ArticleViews.OutletName(article, _content.Outlets.Outlets);
        var resolved = _citations.Find(articleId, quote);
        return new CitationTarget(Routes.Article(article.Slug), resolved?.MarkId, article.Meta.Title, outlet, resolved is null ? null : quote);
    }

    private void Add(string id, LinkTarget target)
    {
        if (!_targets.TryGetValue(id, out var list)) _targets[id] = list = [];
        list.Add(target);
    }
}
