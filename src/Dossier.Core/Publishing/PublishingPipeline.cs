using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Dossier.Articles;
using Dossier.Content;
using Dossier.Links;
using Dossier.Output;
using Dossier.Pipeline;
using Dossier.References;

namespace Dossier.Publishing;

/// <summary>
/// What publishing on the web needs beyond the pages: sitemap.xml and feed.xml (Atom, one entry per article)
/// with absolute addresses from site_url, and robots.txt. Without a site_url there are no absolute addresses,
/// so neither sitemap nor feed is written.
/// </summary>
public sealed class PublishingPipeline(DossierContent content, IReadOnlyList<Pipeline.Pipeline> pages) : Pipeline.Pipeline
{
    public const string Sitemap = "sitemap.xml";
    public const string Feed = "feed.xml";
    public const string Robots = "robots.txt";

    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace AtomNs = "http://www.w3.org/2005/Atom";

    private readonly List<PendingFile> _files = [];

    public override string Name => "Publishing";

    public override IReadOnlyList<Pipeline.Pipeline> Dependencies => [.. content.All, .. pages];

    public override IEnumerable<OutputFile> Outputs => _files.Select(f => f.File);

    // Made when asked for, like pages: a preview session serves the edited page before the sitemap of 10,000 is made.
    public override IEnumerable<PendingFile> Pending => _files;

    public override void PostProcess(BuildContext context)
    {
        var site = content.Site.Config;
        if (site is null || context.Diagnostics.HasErrors) return;
        if (site.SiteUrl is null)
        {
            _files.Add(new PendingFile(OutputFile.Text(Robots, "User-agent: *\nAllow: /\n"), Name));
            return;
        }
        _files.Add(new PendingFile(OutputFile.Text(Robots, $"User-agent: *\nAllow: /\nSitemap: {site.SiteUrl}{Sitemap}\n"), Name));
        var htmlPages = pages.SelectMany(p => p.Pending).Select(f => f.Path)
            .Where(path => path.EndsWith(".html", StringComparison.Ordinal) && path != Routes.NotFound).Order(StringComparer.Ordinal).ToList();
        _files.Add(new PendingFile(Sitemap, () => Xml(Sitemap, new XElement(SitemapNs + "urlset",
            htmlPages.Select(p => new XElement(SitemapNs + "url", new XElement(SitemapNs + "loc", Absolute(site.SiteUrl, p)))))), Name));
        _files.Add(new PendingFile(Feed, () => Xml(Feed, AtomFeed(site)), Name));
    }

    private XElement AtomFeed(Site.SiteConfig site)
    {
        var siteUrl = site.SiteUrl!;
        var articles = content.Articles.Articles;
        var newest = Newest();
        return new XElement(AtomNs + "feed",
            new XAttribute(XNamespace.Xml + "lang", site.Language),
            new XElement(AtomNs + "title", site.Title),
            new XElement(AtomNs + "subtitle", site.Description),
            new XElement(AtomNs + "id", siteUrl),
            new XElement(AtomNs + "link", new XAttribute("rel", "self"), new XAttribute("href", siteUrl + Feed)),
            new XElement(AtomNs + "link", new XAttribute("href", siteUrl)),
            new XElement(AtomNs + "updated", Instant(newest)),
            new XElement(AtomNs + "author", new XElement(AtomNs + "name", site.Title)),
            new XElement(AtomNs + "generator", "Dossier"),
            site.Licence is null ? null : new XElement(AtomNs + "rights", site.Licence),
            articles.Select(a => new XElement(AtomNs + "entry",
                new XElement(AtomNs + "title", a.Meta.Title),
                new XElement(AtomNs + "id", Absolute(siteUrl, Routes.Article(a.Slug))),
                new XElement(AtomNs + "link", new XAttribute("href", Absolute(siteUrl, Routes.Article(a.Slug)))),
                new XElement(AtomNs + "updated", Instant(a.Meta.Published ?? a.Meta.Retrieved ?? newest)),
                new XElement(AtomNs + "summary", Summary(a)))));
    }

    /// <summary>An undated article says so in its feed summary; its entry carries the dossier's newest date, which Atom requires.</summary>
    private static string Summary(Article a)
    {
        var summary = a.Meta.Summary ?? a.Meta.Title;
        return a.Meta.Published is null && a.Meta.DateNote is not null ? $"{summary} (Date: {a.Meta.DateNote})" : summary;
    }

    /// <summary>The newest date the dossier states anywhere: publication, retrieval or event.</summary>
    private PartialDate? Newest() =>
        content.Articles.Articles.SelectMany(a => new[] { a.Meta.Published, a.Meta.Retrieved })
            .Concat(content.Timeline.Events.Select(e => (PartialDate?)e.Date))
            .Where(d => d is not null).Max();

    private static string Instant(PartialDate? date) =>
        date is { } d ? new DateTime(d.Year, d.Month ?? 1, d.Day ?? 1, 0, 0, 0, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : "1970-01-01T00:00:00Z";

    private static string Absolute(string siteUrl, string path) => new LinkGenerator(path, siteUrl).To(path);

    private static OutputFile Xml(string path, XElement root)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false), NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings)) new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        return new OutputFile(path, stream.ToArray());
    }
}
