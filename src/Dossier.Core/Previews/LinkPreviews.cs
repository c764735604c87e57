using System.Net;
using System.Text;
using Dossier.Articles;
using Dossier.Links;
using Dossier.References;

namespace Dossier.Previews;

/// <summary>What a link preview shows of the page it points to.</summary>
public sealed record LinkPreview(string Kind, string Title, string? Meta, string Text);

/// <summary>
/// Previews of entity, topic and article pages, shown by site.js when a reader hovers over or focuses a link to
/// one. Each page carries, in an inert &lt;template&gt;, the previews of the pages it links to: no fetch, so
/// they work from file://, and without JavaScript nothing shows and nothing is lost.
/// </summary>
public sealed class LinkPreviews(IReadOnlyDictionary<string, LinkPreview> byPath)
{
    public const string TemplateId = "link-previews";
    private const int MaxPerPage = 60;
    private const int MaxText = 240;

    public static LinkPreviews From(DossierContent content)
    {
        var byPath = new Dictionary<string, LinkPreview>(StringComparer.Ordinal);
        foreach (var e in content.Entities.Entities.Values)
            byPath[Routes.Entity(e.Id)] = new LinkPreview(e.Kind.ToString(), e.Name, e.Role, Cut(e.Description.PlainText()));
        foreach (var t in content.Topics.Topics.Values)
            byPath[Routes.Topic(t.Id)] = new LinkPreview("Topic", t.Title, null, Cut(t.Summary));
        foreach (var a in content.Articles.Articles)
            byPath[Routes.Article(a.Slug)] = new LinkPreview("Article", a.Meta.Title,
                $"{ArticleViews.OutletName(a, content.Outlets.Outlets)} · {ArticleViews.DateLabel(a)}", Cut(a.Meta.Summary ?? ""));
        return new LinkPreviews(byPath);
    }

    /// <summary>The template holding the previews of the pages <paramref name="html"/> links to, or "" when none.</summary>
    public string TemplateFor(string page, string html)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { page };
        var builder = new StringBuilder();
        foreach (var href in HtmlLinkScanner.Scan(html).References)
        {
            var hash = href.IndexOf('#');
            var path = hash < 0 ? href : href[..hash];
            if (path.Length == 0 || path.Contains(':')) continue;
            var target = LinkIndex.Resolve(page, Uri.UnescapeDataString(path));
            if (target is null || !seen.Add(target) || !byPath.TryGetValue(target, out var preview)) continue;
            builder.Append($"<div data-path=\"{Encode(target)}\"><p class=\"preview-kind\">{Encode(preview.Kind)}</p><p class=\"preview-title\">{Encode(preview.Title)}</p>");
            if (preview.Meta is not null) builder.Append($"<p class=\"preview-meta\">{Encode(preview.Meta)}</p>");
            if (preview.Text.Length > 0) builder.Append($"<p>{Encode(preview.Text)}</p>");
            builder.Append("</div>");
            if (seen.Count > MaxPerPage) break;
        }
        return builder.Length == 0 ? "" : $"<template id=\"{TemplateId}\">{builder}</template>\n";
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Cut(string text)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= MaxText) return text;
        var end = text.LastIndexOf(' ', MaxText);
        return text[..(end > 0 ? end : MaxText)] + " …";
    }
}
