using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dossier.Links;

namespace Dossier.Print;

/// <summary>
/// Assembles pages of the site into one document: each page's main content becomes a section, its ids are
/// prefixed so they stay unique, links to pages inside the edition become links within it (labelled with their
/// target, for paper), and links to other pages stay relative links into the site.
/// </summary>
public static partial class PrintEdition
{
    [GeneratedRegex("^p([0-9]+)$")]
    private static partial Regex Paragraph();

    /// <param name="pages">Site path and HTML of each page, in the order of the edition.</param>
    /// <param name="editionPath">Where the edition itself is written (links are made relative to it).</param>
    public static string Sections(IReadOnlyList<(string Path, string Html)> pages, string editionPath)
    {
        var parser = new HtmlParser();
        var prefixes = pages.Select((p, i) => (p.Path, Prefix: $"s{i + 1}-")).ToDictionary(x => x.Path, x => x.Prefix, StringComparer.Ordinal);
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var documents = pages.Select(p =>
        {
            var document = parser.ParseDocument(p.Html);
            titles[p.Path] = document.QuerySelector("main h1")?.TextContent.Trim() ?? p.Path;
            return (p.Path, Main: document.QuerySelector("main")!);
        }).ToList();
        var builder = new StringBuilder();
        foreach (var (path, main) in documents)
        {
            var prefix = prefixes[path];
            foreach (var element in main.QuerySelectorAll("[id]"))
            {
                if (Paragraph().Match(element.Id!) is { Success: true } number) element.SetAttribute("data-para", number.Groups[1].Value);
                element.Id = prefix + element.Id;
            }
            foreach (var label in main.QuerySelectorAll("[for]")) label.SetAttribute("for", prefix + label.GetAttribute("for"));
            foreach (var element in main.QuerySelectorAll("[aria-labelledby], [aria-describedby], [aria-controls]"))
                foreach (var attribute in new[] { "aria-labelledby", "aria-describedby", "aria-controls" })
                    if (element.GetAttribute(attribute) is { } value)
                        element.SetAttribute(attribute, string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => prefix + v)));
            foreach (var link in main.QuerySelectorAll("a[href]")) Relink(link, path, editionPath, prefixes, titles);
            // A picture (media/, assets/) is made again from the edition's folder, as a link to another file is.
            foreach (var image in main.QuerySelectorAll("img[src]"))
                if (image.GetAttribute("src") is { } src && !src.Contains(':') && !src.StartsWith("//", StringComparison.Ordinal))
                    image.SetAttribute("src", new LinkGenerator(editionPath).To(Resolve(path, src)));
            builder.Append($"<section class=\"print-section\" id=\"{prefix}top\" aria-label=\"{System.Net.WebUtility.HtmlEncode(titles[path])}\">\n");
            builder.Append(main.InnerHtml.Trim());
            builder.Append("\n</section>\n");
        }
        return builder.ToString();
    }

    private static void Relink(IElement link, string page, string editionPath, Dictionary<string, string> prefixes, Dictionary<string, string> titles)
    {
        var href = link.GetAttribute("href")!;
        if (href.Contains(':') || href.StartsWith("//", StringComparison.Ordinal)) return;
        var hash = href.IndexOf('#');
        var path = hash < 0 ? href : href[..hash];
        var fragment = hash < 0 ? null : href[(hash + 1)..];
        var target = path.Length == 0 ? page : Resolve(page, path);
        if (prefixes.TryGetValue(target, out var prefix))
        {
            link.SetAttribute("href", "#" + prefix + (fragment ?? "top"));
            if (target != page || fragment is null || !fragment.StartsWith('p'))
                link.SetAttribute("data-target", Label(titles[target], fragment));
        }
        else link.SetAttribute("href", new LinkGenerator(editionPath).To(target, fragment));
    }

    private static string Label(string title, string? fragment) =>
        fragment is not null && Paragraph().Match(fragment) is { Success: true } m ? $"{title}, ¶{m.Groups[1].Value}" : title;

    private static string Resolve(string page, string path)
    {
        var parts = page.Split('/').SkipLast(1).ToList();
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else parts.Add(segment);
        }
        return string.Join('/', parts);
    }
}
