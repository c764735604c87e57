using Dossier.Articles;
using Dossier.Citations;
using Dossier.Diagnostics;
using Dossier.Markdown;
using Dossier.Pipeline;

namespace Dossier.References;

/// <summary>
/// Checks that every id the dossier refers to exists — outlets and topics of articles, topics and entities of
/// events and claims, disputed claims, every [[id]] — each with a "did you mean", and builds the resolver pages use.
/// </summary>
public sealed class ReferencesPipeline(DossierContent content, CitationsPipeline citations) : Pipeline.Pipeline
{
    public override string Name => "References";

    public override IReadOnlyList<Pipeline.Pipeline> Dependencies => [.. content.All, citations];

    public DossierReferences Resolver { get; private set; } = null!;

    public override void PostProcess(BuildContext context)
    {
        var d = context.Diagnostics;
        Resolver = new DossierReferences(content, citations.Index);
        var topics = content.Topics.TopicIds;
        var entities = content.Entities.Entities.Keys.ToList();
        var claims = content.Claims.ById.Keys.ToList();
        var outlets = content.Outlets.Outlets.Keys.Append(ArticleMetaReader.UnknownOutlet).ToList();
        foreach (var a in content.Articles.Articles)
        {
            if (!outlets.Contains(a.Meta.Outlet))
                d.Error(DiagnosticCodes.UnknownOutlet, a.Meta.OutletAt, $"unknown outlet '{a.Meta.Outlet}'",
                    Suggestions.DidYouMean(a.Meta.Outlet, outlets, "outlets") + " Add the outlet to input/outlets.yml, or write 'unknown'.");
            CheckAll(a.Meta.Topics, topics, "topic", DiagnosticCodes.UnknownTopic, d, " Topics are the files of input/topics/.");
            CheckLinks(a.AllLinks, d);
        }
        foreach (var e in content.Timeline.Events)
        {
            CheckAll(e.Topics, topics, "topic", DiagnosticCodes.UnknownTopic, d);
            CheckAll(e.Entities, entities, "entity", DiagnosticCodes.UnknownEntity, d);
            CheckLinks(e.Text.Links, d);
        }
        foreach (var c in content.Claims.Claims)
        {
            CheckAll(c.Topics, topics, "topic", DiagnosticCodes.UnknownTopic, d);
            CheckAll(c.Entities, entities, "entity", DiagnosticCodes.UnknownEntity, d);
            CheckAll(c.DisputedBy, claims, "claim", DiagnosticCodes.UnknownClaim, d);
            CheckLinks(c.Text.Links, d);
        }
        foreach (var t in content.Topics.Topics.Values) CheckLinks(t.Body.Links, d);
        foreach (var e in content.Entities.Entities.Values) CheckLinks(e.Description.Links, d);
    }

    private static void CheckAll(IEnumerable<(string Id, SourceLocation At)> ids, IReadOnlyCollection<string> known, string what, string code,
        DiagnosticBag d, string extraHint = "")
    {
        foreach (var (id, at) in ids)
            if (!known.Contains(id))
                d.Error(code, at, $"unknown {what} '{id}'", Suggestions.DidYouMean(id, known, what == "entity" ? "entities" : what + "s") + extraHint);
    }

    private void CheckLinks(IEnumerable<WikiReference> links, DiagnosticBag d)
    {
        foreach (var link in links)
        {
            var targets = Resolver.All(link.Id).Where(t => link.Kind is null || t.Kind == link.Kind).ToList();
            if (targets.Count == 0)
                d.Error(DiagnosticCodes.UnknownLink, link.At, $"[[{link.Id}]] names no {link.Kind ?? "entity, topic, article or claim"}",
                    Suggestions.DidYouMean(link.Id, Resolver.AllIds, "ids"));
            else if (targets.Count > 1)
                d.Error(DiagnosticCodes.UnknownLink, link.At, $"[[{link.Id}]] could mean the {string.Join(" or the ", targets.Select(t => t.Kind))} '{link.Id}'",
                    $"write [[{targets[0].Kind}:{link.Id}]] (or another kind) to say which.");
        }
    }
}
