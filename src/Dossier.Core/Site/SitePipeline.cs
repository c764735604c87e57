using Dossier.Diagnostics;
using Dossier.Pipeline;
using Dossier.Yaml;

namespace Dossier.Site;

/// <summary>Reads input/dossier.yml.</summary>
public sealed class SitePipeline : Pipeline.Pipeline
{
    public const string FileName = "dossier.yml";
    private static readonly string[] Fields = ["title", "description", "language", "site_url", "licence", "raw_html", "page_size", "media_size_limit"];

    private InputFile? _file;

    public override string Name => "Site";

    public SiteConfig? Config { get; private set; }

    public override void Input(BuildContext context)
    {
        var path = Path.Combine(context.InputRoot, FileName);
        if (!Path.Exists(path))
        {
            context.Diagnostics.Error(DiagnosticCodes.MissingFile, BuildContext.FileAt(path), $"the dossier has no {FileName}",
                "create it with the fields title, description, language, site_url and licence; see docs/editing.md.");
            return;
        }
        _file = InputFile.Read(path, context.Diagnostics);
    }

    public override void Process(BuildContext context)
    {
        if (_file is null) return;
        var d = context.Diagnostics;
        if (!YamlTreeReader.TryRead(_file.Text, _file.DisplayPath, d, out var root)) return;
        if (root is not YamlMapping mapping)
        {
            d.Error(DiagnosticCodes.WrongType, root?.At ?? _file.At(1, 1), $"{FileName} should be a set of fields (title: …)", "start with 'title: …'.");
            return;
        }
        var r = new MappingReader(mapping, d, FileName, Fields);
        var title = r.String("title", required: true);
        var description = r.String("description", required: true);
        var language = r.String("language", required: true);
        if (language is not null && !IsLanguageTag(language))
            d.Error(DiagnosticCodes.InvalidValue, r.LocationOf("language"), $"'{language}' is not a language tag", "write a BCP 47 tag such as 'en' or 'en-GB'.");
        var siteUrl = r.String("site_url");
        if (siteUrl is not null && !IsSiteAddress(siteUrl))
            d.Error(DiagnosticCodes.InvalidValue, r.LocationOf("site_url"), $"'site_url' should be the site's full address, not '{siteUrl}'",
                "write e.g. https://owner.github.io/repo/.");
        var licence = r.String("licence");
        var rawHtml = r.String("raw_html");
        if (rawHtml is not null and not ("true" or "false"))
            d.Error(DiagnosticCodes.InvalidValue, r.LocationOf("raw_html"), $"raw_html should be true or false, not '{rawHtml}'",
                "write 'raw_html: true' to let Markdown carry raw HTML, or leave the line out to show it as text.");
        var pageSize = PageSize(r, d);
        var mediaLimit = MediaSizeLimit(r, d);
        if (title is null || description is null || language is null) return;
        var url = SiteAddress(context.SiteUrlOverride ?? siteUrl);
        Config = new SiteConfig(title.Trim(), description.Trim(), language.Trim(), url, licence?.Trim(), rawHtml == "true", pageSize, mediaLimit);
    }

    /// <summary>A site address as links are made from it: with its closing slash.</summary>
    public static string? SiteAddress(string? url) => url is null ? null : url.EndsWith('/') ? url : url + "/";

    /// <summary>Whether an address can be a site's: absolute, http or https.</summary>
    public static bool IsSiteAddress(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";

    private static int PageSize(MappingReader r, DiagnosticBag d)
    {
        var text = r.String("page_size");
        if (text is null) return SiteConfig.DefaultPageSize;
        if (int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var size) && size > 0)
            return size;
        d.Error(DiagnosticCodes.InvalidValue, r.LocationOf("page_size"), $"page_size should be a whole number above 0, not '{text}'",
            $"write e.g. 'page_size: {SiteConfig.DefaultPageSize}' (the default), the number of items a page of a long list shows.");
        return SiteConfig.DefaultPageSize;
    }

    private static long MediaSizeLimit(MappingReader r, DiagnosticBag d)
    {
        var text = r.String("media_size_limit");
        if (text is null) return Media.SizeLimit.Default;
        if (Media.SizeLimit.Parse(text) is { } limit) return limit;
        d.Error(DiagnosticCodes.InvalidValue, r.LocationOf("media_size_limit"), $"media_size_limit should be a size such as '5 MB' or '800 KB', not '{text}'",
            "write a number followed by MB, KB or B (the default is 10 MB); a media file larger than this gets a warning.");
        return Media.SizeLimit.Default;
    }

    private static bool IsLanguageTag(string tag) =>
        tag.Length is >= 2 and <= 35 && tag.Split('-').All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
}
