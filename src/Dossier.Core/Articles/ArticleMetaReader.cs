using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Yaml;

namespace Dossier.Articles;

/// <summary>Reads and checks the fields of an article's metadata mapping.</summary>
public static class ArticleMetaReader
{
    public const string UnknownOutlet = "unknown";

    private static readonly string[] Fields =
        ["title", "outlet", "published", "date_note", "url", "retrieved", "archive_url", "archived", "topics", "summary", "slug", "omit", "notes", Drafts.DraftField.Name];
    private static readonly string[] OmitFields = ["from", "to", "reason"];
    private static readonly string[] NoteFields = ["quote", "kind", "text", "date"];

    /// <param name="fileText">The text of the file the metadata is in, to locate references inside note texts.</param>
    public static ArticleMeta? Read(YamlNode? root, SourceLocation fileAt, string fileText, bool allowHtml, DiagnosticBag diagnostics)
    {
        if (root is not YamlMapping mapping)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, root?.At ?? fileAt with { Line = 1, Column = 1 },
                "article metadata should be a set of fields (title: …, outlet: …)",
                "start with 'title: …' on the first line; see docs/editing.md.");
            return null;
        }
        var r = new MappingReader(mapping, diagnostics, "the article's metadata", Fields);
        var title = r.String("title", required: true);
        var outlet = r.String("outlet", required: true);
        if (outlet is not null && outlet != UnknownOutlet) Ids.Check(outlet, r.LocationOf("outlet"), diagnostics, "outlet");
        var publishedText = r.String("published");
        var published = PartialDate.Parse(publishedText, r.LocationOf("published"), diagnostics);
        var dateNote = r.String("date_note");
        if (string.IsNullOrWhiteSpace(publishedText) && string.IsNullOrWhiteSpace(dateNote))
            diagnostics.Error(DiagnosticCodes.MissingDate, r.At, "the article has neither 'published' nor 'date_note'",
                "add 'published: YYYY-MM-DD' (or YYYY-MM, YYYY), or, when the date is unknown, 'date_note:' saying what the text allows.");
        var url = r.String("url");
        if (url is not null && !IsWebAddress(url))
            diagnostics.Error(DiagnosticCodes.InvalidValue, r.LocationOf("url"), $"'url' should be a web address, not '{url}'",
                "write the full address starting with https:// or http://.");
        var retrieved = PartialDate.Parse(r.String("retrieved"), r.LocationOf("retrieved"), diagnostics);
        var (archiveUrl, archived) = ReadArchive(r, diagnostics);
        var topics = r.StringList("topics");
        foreach (var (id, at) in topics) Ids.Check(id, at, diagnostics, "topic");
        var summary = r.String("summary");
        var slug = r.String("slug");
        if (slug is not null) Ids.Check(slug, r.LocationOf("slug"), diagnostics, "slug");
        var omits = r.MappingList("omit", "an omitted passage", OmitFields).Select(o => ReadOmit(o)).OfType<Omit>().ToList();
        var notes = r.MappingList("notes", "a note", NoteFields).Select(n => ReadNote(n, fileText, allowHtml, diagnostics)).OfType<NoteSpec>().ToList();
        var draft = Drafts.DraftField.Read(r, diagnostics);
        if (title is null || outlet is null) return null;
        return new ArticleMeta(title.Trim(), outlet, r.LocationOf("outlet"), published, dateNote?.Trim(), url, retrieved, topics,
            summary?.Trim(), slug, r.LocationOf("slug"), omits, notes) { ArchiveUrl = archiveUrl, Archived = archived, Draft = draft };
    }

    /// <summary>An archived copy of the original: its address (a web address, as 'url') and the date it was made, which needs the address.</summary>
    private static (string? Url, PartialDate? Date) ReadArchive(MappingReader r, DiagnosticBag diagnostics)
    {
        var written = r.String("archive_url");
        var url = written is not null && IsWebAddress(written) ? written : null;
        if (written is not null && url is null)
            diagnostics.Error(DiagnosticCodes.InvalidValue, r.LocationOf("archive_url"), $"'archive_url' should be a web address, not '{written}'",
                "write the full address of the archived copy, starting with https:// or http:// (for example https://web.archive.org/web/…).");
        var dateText = r.String("archived");
        var date = PartialDate.Parse(dateText, r.LocationOf("archived"), diagnostics);
        if (dateText is not null && written is null)
            diagnostics.Error(DiagnosticCodes.MissingField, r.LocationOf("archived"), "'archived' gives the date of an archived copy, but the article has no 'archive_url'",
                "add 'archive_url:' with the address of the archived copy (for example https://web.archive.org/web/…), or remove 'archived'.");
        return (url, date);
    }

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static Omit? ReadOmit(MappingReader o)
    {
        var from = o.String("from", required: true);
        var to = o.String("to");
        var reason = o.String("reason", required: true);
        return from is null || reason is null ? null
            : new Omit(from, to, reason.Trim(), o.LocationOf("from"), to is null ? null : o.LocationOf("to"));
    }

    private static NoteSpec? ReadNote(MappingReader n, string fileText, bool allowHtml, DiagnosticBag diagnostics)
    {
        var quote = n.String("quote", required: true);
        var kindText = n.String("kind", required: true);
        var text = n.String("text", required: true);
        var date = PartialDate.Parse(n.String("date"), n.LocationOf("date"), diagnostics);
        NoteKind? kind = kindText switch
        {
            "correction" => NoteKind.Correction,
            "context" => NoteKind.Context,
            "dispute" => NoteKind.Dispute,
            null => null,
            _ => null,
        };
        if (kindText is not null && kind is null)
            diagnostics.Error(DiagnosticCodes.InvalidValue, n.LocationOf("kind"), $"note kind '{kindText}' is not one of correction, context, dispute",
                Suggestions.DidYouMean(kindText, ["correction", "context", "dispute"], "kinds"));
        return quote is null || kind is null || text is null ? null : new NoteSpec(quote, kind.Value, Markdown.MarkdownText.Parse(text.Trim(), n.LocationOf("text"), fileText, allowHtml), n.LocationOf("quote"), date);
    }
}
