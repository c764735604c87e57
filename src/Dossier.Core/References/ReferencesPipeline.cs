using Dossier.Articles;
using Dossier.Citations;
using Dossier.Diagnostics;
using Dossier.Text;
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

    private Media.MediaReferences _media = null!;

    public override void PostProcess(BuildContext context)
    {
        var d = context.Diagnostics;
        Resolver = new DossierReferences(content, citations.Index);
        _media = new Media.MediaReferences(content.Media);
        var topics = content.Topics.TopicIds;
        var entities = content.Entities.List;
        var claims = content.Claims.List;
        var outlets = content.Outlets.List;
        foreach (var a in content.Articles.Articles)
        {
            if (a.Meta.Outlet != ArticleMetaReader.UnknownOutlet && outlets.IsUnknown(a.Meta.Outlet))
                d.Error(DiagnosticCodes.UnknownOutlet, a.Meta.OutletAt, $"unknown outlet '{a.Meta.Outlet}'",
                    Suggestions.DidYouMean(a.Meta.Outlet, outlets.DeclaredIds.Append(ArticleMetaReader.UnknownOutlet).ToList(), "outlets")
                    + " Add the outlet to input/outlets.yml, or write 'unknown'.");
            WarnDraftTags(a.Meta.Topics, d);
            CheckAll(a.Meta.Topics, id => !topics.Contains(id), topics, "topic", DiagnosticCodes.UnknownTopic, d, " Topics are the files of input/topics/.");
            CheckMarkdown(a.BodyReferences, d);
            foreach (var note in a.Notes) CheckMarkdown(note.Spec.Text.References, d);
        }
        foreach (var e in content.Timeline.Events)
        {
            WarnDraftTags(e.Topics, d);
            CheckAll(e.Topics, id => !topics.Contains(id), topics, "topic", DiagnosticCodes.UnknownTopic, d);
            CheckAll(e.Entities, entities.IsUnknown, entities.DeclaredIds, "entity", DiagnosticCodes.UnknownEntity, d);
            CheckMarkdown(e.Text.References, d);
        }
        foreach (var c in content.Claims.Claims)
        {
            WarnDraftTags(c.Topics, d);
            CheckAll(c.Topics, id => !topics.Contains(id), topics, "topic", DiagnosticCodes.UnknownTopic, d);
            CheckAll(c.Entities, entities.IsUnknown, entities.DeclaredIds, "entity", DiagnosticCodes.UnknownEntity, d);
            CheckAll(c.DisputedBy, claims.IsUnknown, claims.DeclaredIds, "claim", DiagnosticCodes.UnknownClaim, d);
            CheckMarkdown(c.Text.References, d);
        }
        foreach (var t in content.Topics.Topics.Values)
        {
            CheckMarkdown(t.Body.References, d);
        }
        foreach (var e in content.Entities.Entities.Values)
        {
            CheckMarkdown(e.Description.References, d);
        }
        _media.ReportUnused(d);
    }

    private static void CheckAll(IEnumerable<(string Id, SourceLocation At)> ids, Func<string, bool> isUnknown, IReadOnlySet<string> known,
        string what, string code, DiagnosticBag d, string extraHint = "")
    {
        foreach (var (id, at) in ids)
            if (isUnknown(id))
                d.Error(code, at, $"unknown {what} '{id}'", Suggestions.DidYouMean(id, known, what == "entity" ? "entities" : what + "s") + extraHint);
    }

    private void WarnDraftTags(IEnumerable<(string Id, SourceLocation At)> ids, DiagnosticBag d)
    {
        if (content.Topics.DraftIds.Count == 0) return;
        foreach (var (id, at) in ids)
            if (content.Topics.DraftIds.Contains(id)) Drafts.Drafts.TagWarning(d, at, id);
    }

    /// <summary>The kind of the draft a link names, if it names one and nothing published.</summary>
    private string? DraftKind(string id, string? kind) =>
        kind is null or "article" && content.Articles.DraftIds.Contains(id) ? "article"
        : kind is null or "topic" && content.Topics.DraftIds.Contains(id) ? "topic"
        : null;

    /// <summary>Ids declared by files that have errors still count: their own errors say what is wrong.</summary>
    private bool Declared(string id, string? kind) =>
        (kind is null or "article" && content.Articles.FileIds.Contains(id))
        || (kind is null or "topic" && content.Topics.TopicIds.Contains(id))
        || (kind is null or "entity" && !content.Entities.List.IsUnknown(id))
        || (kind is null or "claim" && !content.Claims.List.IsUnknown(id));

    private static void CheckUrls(IEnumerable<UnsafeUrl> urls, DiagnosticBag d)
    {
        foreach (var url in urls)
            d.Error(DiagnosticCodes.UnsafeUrl, url.At,
                url.IsImage ? $"the picture '{Printable(url.Url)}' is not a file of the dossier" : $"the link '{Printable(url.Url)}' uses a scheme a browser could run",
                url.IsImage ? "nothing may be loaded from another host: put the picture in input/media/ and link it by a relative path (../media/map.png)."
                    : "link with http://, https:// or mailto:, or to a page of the dossier with [[id]].");
    }

    /// <summary>Everything a Markdown text may get wrong: links, addresses, citations that did not parse, nesting.</summary>
    private void CheckMarkdown(MarkdownReferences references, DiagnosticBag d)
    {
        CheckLinks(references.Links, d);
        CheckUrls(references.UnsafeUrls, d);
        foreach (var at in references.MalformedCitations)
            d.Error(DiagnosticCodes.MalformedCitation, at, "'[@' starts a citation that cannot be read",
                "write [@ARTICLE-ID] or [@ARTICLE-ID \"exact words\"]: the id is the article's file name without its extension, and the quote needs both its quote marks.");
        CheckParsed(references.Problem, d);
        foreach (var (codePoint, written, at) in references.UnpublishableEntities)
            d.Error(DiagnosticCodes.UnpublishableCharacter, at, $"{UnpublishableCharacters.Describe(codePoint)} (written '{written}') cannot be published",
                UnpublishableCharacters.Hint(codePoint));
        _media.Check(references, d);
    }

    private static void CheckParsed((SourceLocation At, string What)? problem, DiagnosticBag d)
    {
        if (problem is { } p)
            d.Error(DiagnosticCodes.MarkdownTooDeep, p.At, $"the Markdown text is nested too deeply to be read: {p.What}",
                "flatten the nesting; no reader can follow more than a few levels.");
    }

    private static string Printable(string url) => url.Length > 80 ? url[..80] + "…" : url;

    private void CheckLinks(IEnumerable<WikiReference> links, DiagnosticBag d)
    {
        foreach (var link in links)
        {
            var targets = Resolver.All(link.Id).Where(t => link.Kind is null || t.Kind == link.Kind).ToList();
            var written = link.Kind is null ? $"[[{link.Id}]]" : $"[[{link.Kind}:{link.Id}]]";
            if (targets.Count == 0 && DraftKind(link.Id, link.Kind) is { } draft)
                Drafts.Drafts.ReferenceError(d, link.At, draft, link.Id, $"{written} links to");
            else if (targets.Count == 0 && !Declared(link.Id, link.Kind))
            {
                var other = Resolver.All(link.Id).FirstOrDefault();
                d.Error(DiagnosticCodes.UnknownLink, link.At, $"{written} names no {link.Kind ?? "entity, topic, article or claim"}",
                    other is not null ? $"'{link.Id}' is a{(other.Kind[0] is 'a' or 'e' ? "n" : "")} {other.Kind}: write [[{other.Kind}:{link.Id}]] or [[{link.Id}]]."
                        : Suggestions.DidYouMean(link.Id, Resolver.AllIds, "ids"));
            }
            else if (targets.Count > 1)
                d.Error(DiagnosticCodes.UnknownLink, link.At, $"[[{link.Id}]] could mean the {string.Join(" or the ", targets.Select(t => t.Kind))} '{link.Id}'",
                    $"write [[{targets[0].Kind}:{link.Id}]] (or another kind) to say which.");
        }
    }
}
