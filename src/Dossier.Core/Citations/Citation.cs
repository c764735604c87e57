using Dossier.Diagnostics;
using Dossier.Yaml;

namespace Dossier.Citations;

/// <summary>Reads a YAML `cite:` list: each item `{ article: ID, quote: "verbatim words" }` (quote optional).</summary>
public static class CiteList
{
    private static readonly string[] Fields = ["article", "quote"];

    public static IReadOnlyList<Markdown.CitationReference> Read(MappingReader r, string field = "cite")
    {
        var result = new List<Markdown.CitationReference>();
        foreach (var item in r.MappingList(field, "a citation", Fields))
        {
            var article = item.String("article", required: true);
            var quote = item.String("quote");
            if (article is null) continue;
            result.Add(new Markdown.CitationReference(article, quote, quote is null ? item.LocationOf("article") : item.LocationOf("quote")));
        }
        return result;
    }
}
