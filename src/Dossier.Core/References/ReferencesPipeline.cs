using Dossier.Articles;
using Dossier.Citations;
using Dossier.Diagnostics;
using Dossier.Markdown;
using Dossier.Pipeline;

namespace Dossier.References;

/// <summary>
/// Checks that every id the dossier refers to exists — outlets and topics of articles, topics and entities of
/// events and claims, disputed claims, every [[id]] — each with a "did you mean"; refuses script URLs and pictures
/// from other hosts in Markdown; and builds the resolver pages use.
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
            CheckUrls(a.AllUnsafeUrls, d);
            CheckParsed(a.BodyReferences.Problem, d);
            foreach (var note in a.Notes) CheckParsed(note.Spec.Text.Problem, d);
        }
        foreach (var e in content.Timeline.Events)
        {
            CheckAll(e.Topics, topics, "topic", DiagnosticCodes.UnknownTopic, d);
            CheckAll(e.Entities, entities, "entity", DiagnosticCodes.UnknownEntity, d);
            CheckLinks(e.Text.Links, d);
            CheckUrls(e.Text.UnsafeUrls, d);
            CheckParsed(e.Text.Problem, d);
        }
        foreach (var c in content.Claims.Claims)
        {
            CheckAll(c.Topics, topics, "topic", DiagnosticCodes.UnknownTopic, d);
            CheckAll(c.Entities, entities, "entity", DiagnosticCodes.UnknownEntity, d);
            CheckAll(c.DisputedBy, claims, "claim", DiagnosticCodes.UnknownClaim, d);
            CheckLinks(c.Text.Links, d);
            CheckUrls(c.Text.UnsafeUrls, d);
            CheckParsed(c.Text.Problem, d);
        }
        foreach (var t in content.Topics.Topics.Values)
        {
            CheckLinks(t.Body.Links, d);
            CheckUrls(t.Body.UnsafeUrls, d);
            CheckParsed(t.Body.Problem, d);
        }
        foreach (var e in content.Entities.Entities.Values)
        {
            CheckLinks(e.Description.Links, d);
            CheckUrls(e.Description.UnsafeUrls, d);
            CheckParsed(e.Description.Problem, d);
        }
    }

    private static void CheckAll(IEnumerable<(string Id, SourceLocation At)> ids, IReadOnlyCollection<string> known, string what, string code,
        DiagnosticBag d, string extraHint = "")
    {
        foreach (var (id, at) in ids)
            if (!known.Contains(id))
                d.Error(code, at, $"unknown {what} '{id}'", Suggestions.DidYouMean(id, known, what == "entity" ? "entities" : what + "s") + extraHint);
    }

    private static void CheckUrls(IEnumerable<UnsafeUrl> urls, DiagnosticBag d)
    {
        foreach (var url in urls)
            d.Error(DiagnosticCodes.UnsafeUrl, url.At,
                url.IsImage ? $"the picture '{Printable(url.Url)}' is not a file of the dossier" : $"the link '{Printable(url.Url)}' uses a scheme a browser could run",
                url.IsImage ? "put the picture in the dossier and link it by a relative path: nothing may be loaded from another host."
                    : "link with http://, https:// or mailto:, or to a page of the dossier with [[id]].");
    }

    private static void CheckParsed((SourceLocation At, string Message)? problem, DiagnosticBag d)
    {
        if (problem is { } p)
            d.Error(DiagnosticCodes.MarkdownTooDeep, p.At, "the Markdown text is nested too deeply to be read (lists or quotes inside each other, dozens of levels)",
                "flatten the nesting; no reader can follow more than a few levels.");
    }

    private static string Printable(string url) => url.Length > 80 ? url[..80] + "…" : url;

    private void CheckLinks(IEnumerable<WikiReference> links, DiagnosticBag d)
    {
        foreach (var link in links)
        {
            var targets = Resolver.All(link.Id).Where(t => link.Kind is null || t.Kind == link.Kind).ToList();
            if (targets.Count == 0)
                if (!content.Articles.FileIds.Contains(link.Id))
                    d.Error(DiagnosticCodes.UnknownLink, link.At, $"[[{link.Id}]] names no {link.Kind ?? "entity, topic, article or claim"}",
                    Suggestions.DidYouMean(link.Id, Resolver.AllIds, "ids"));
            else if (targets.Count > 1)
                d.Error(DiagnosticCodes.UnknownLink, link.At, $"[[{link.Id}]] could mean the {string.Join(" or the ", targets.Select(t => t.Kind))} '{link.Id}'",
                    $"write [[{targets[0].Kind}:{link.Id}]] (or another kind) to say which.");
        }
    }
}
