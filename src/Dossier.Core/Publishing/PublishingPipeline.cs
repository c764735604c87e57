using System.Globalization;
using System.Xml;
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

    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string AtomNs = "http://www.w3.org/2005/Atom";

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
        _files.Add(new PendingFile(Sitemap, () => Xml(Sitemap, w => WriteSitemap(w, site.SiteUrl, htmlPages)), Name));
        _files.Add(new PendingFile(Feed, () => Xml(Feed, w => WriteFeed(w, site)), Name));
    }

    private static void WriteSitemap(XmlWriter w, string siteUrl, List<string> htmlPages)
    {
        w.WriteStartElement("urlset", SitemapNs);
        foreach (var page in htmlPages)
        {
            w.WriteStartElement("url", SitemapNs);
            w.WriteElementString("loc", SitemapNs, Absolute(siteUrl, page));
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private void WriteFeed(XmlWriter w, Site.SiteConfig site)
    {
        var siteUrl = site.SiteUrl!;
        var newest = Newest();
        w.WriteStartElement("feed", AtomNs);
        w.WriteAttributeString("xml", "lang", null, site.Language);
        w.WriteElementString("title", AtomNs, site.Title);
        w.WriteElementString("subtitle", AtomNs, site.Description);
        w.WriteElementString("id", AtomNs, siteUrl);
        Link(w, siteUrl + Feed, "self");
        Link(w, siteUrl, null);
        w.WriteElementString("updated", AtomNs, Instant(newest));
        w.WriteStartElement("author", AtomNs);
        w.WriteElementString("name", AtomNs, site.Title);
        w.WriteEndElement();
        w.WriteElementString("generator", AtomNs, "Dossier");
        if (site.Licence is not null) w.WriteElementString("rights", AtomNs, site.Licence);
        foreach (var a in content.Articles.Articles)
        {
            var address = Absolute(siteUrl, Routes.Article(a.Slug));
            w.WriteStartElement("entry", AtomNs);
            w.WriteElementString("title", AtomNs, a.Meta.Title);
            w.WriteElementString("id", AtomNs, address);
            Link(w, address, null);
            w.WriteElementString("updated", AtomNs, Instant(a.Meta.Published ?? a.Meta.Retrieved ?? newest));
            w.WriteElementString("summary", AtomNs, Summary(a));
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void Link(XmlWriter w, string href, string? rel)
    {
        w.WriteStartElement("link", AtomNs);
        if (rel is not null) w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
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

    /// <summary>An XML file written element by element: the tree of a feed of 100,000 articles took hundreds of MB.</summary>
    private static OutputFile Xml(string path, Action<XmlWriter> write)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false), NewLineChars = "\n" };
        return OutputFile.Rented(path, stream =>
        {
            using var writer = XmlWriter.Create(stream, settings);
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        });
    }
}
