namespace Dossier.Pages;

/// <summary>
/// What a page adds to its head for machines rather than readers: schema.org JSON-LD for search engines, and
/// meta tags such as citation_title for reference managers.
/// </summary>
/// <param name="JsonLd">A JSON-LD object, already escaped so that it cannot end its script element.</param>
public sealed record PageHead(string? JsonLd, IReadOnlyList<MetaTag> Meta)
{
    public static readonly PageHead None = new(null, []);
}

/// <summary>A &lt;meta name="…" content="…"&gt; tag of a page's head.</summary>
public sealed record MetaTag(string Name, string Content);

/// <summary>A page model that adds to its page's head.</summary>
public interface IHasPageHead
{
    PageHead Head { get; }
}
