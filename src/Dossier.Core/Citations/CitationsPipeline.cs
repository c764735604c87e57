using Dossier.Links;
using Dossier.Pipeline;
using Dossier.References;

namespace Dossier.Citations;

/// <summary>Gathers every citation of the dossier — claims, events, topics, entities, articles — and verifies them in one index.</summary>
public sealed class CitationsPipeline(DossierContent content) : Pipeline.Pipeline
{
    public override string Name => "Citations";

    public override IReadOnlyList<Pipeline.Pipeline> Dependencies => content.All;

    public CitationIndex Index { get; private set; } = new();

    public override void PostProcess(BuildContext context)
    {
        var drafts = content.Articles.DraftIds;
        if (drafts.Count > 0)
            foreach (var use in Uses().Where(u => drafts.Contains(u.Reference.ArticleId)))
                Drafts.Drafts.ReferenceError(context.Diagnostics, use.Reference.At, "article", use.Reference.ArticleId, $"the {use.Citer.Kind} '{use.Citer.Id}' cites");
        Index = CitationIndex.Build(Uses(), content.Articles.ById, content.Articles.FileIds, context.Diagnostics, context.Cache);
    }

    private IEnumerable<CitationUse> Uses()
    {
        foreach (var claim in content.Claims.Claims)
        {
            var citer = new Citer("claim", claim.Id, claim.PlainText, Routes.Claim(claim.Id), null);
            foreach (var c in claim.Cite.Concat(claim.Text.Citations)) yield return new CitationUse(c, citer);
        }
        foreach (var e in content.Timeline.Events)
        {
            var citer = new Citer("event", e.Anchor, e.Title, content.EventPages.PageOf(e), e.Anchor);
            foreach (var c in e.Cite.Concat(e.Text.Citations)) yield return new CitationUse(c, citer);
        }
        foreach (var topic in content.Topics.Topics.Values)
        {
            var citer = new Citer("topic", topic.Id, topic.Title, Routes.Topic(topic.Id), null);
            foreach (var c in topic.Body.Citations) yield return new CitationUse(c, citer);
        }
        foreach (var entity in content.Entities.Entities.Values)
        {
            var citer = new Citer("entity", entity.Id, entity.Name, Routes.Entity(entity.Id), null);
            foreach (var c in entity.Description.Citations) yield return new CitationUse(c, citer);
        }
        foreach (var article in content.Articles.Articles)
        {
            // Made for an article that cites: most cite nothing, and a preview session lists them all at each edit.
            Citer? citer = null;
            foreach (var c in article.AllCitations) yield return new CitationUse(c, citer ??= new Citer("article", article.Id, article.Meta.Title, Routes.Article(article.Slug), null));
        }
    }
}
