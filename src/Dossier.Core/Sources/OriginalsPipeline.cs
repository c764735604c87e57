using System.Security.Cryptography;
using Dossier.Articles;
using Dossier.Links;
using Dossier.Output;
using Dossier.Pipeline;

namespace Dossier.Sources;

/// <summary>
/// Publishes each article's source file byte for byte as sources/originals/FILE (ID.txt for an imported article — not
/// its .yml — and ID.md for a Markdown one), so that a reader can check the SHA-256 its page shows. The bytes are
/// read again from the input when the file is written, one file at a time, rather than kept for the whole build; a
/// file whose bytes no longer have the SHA-256 read at the start (changed during the build) fails the build, so the
/// old site stays.
/// </summary>
public sealed class OriginalsPipeline(Site.SitePipeline site, ArticlesPipeline articles) : Pipeline.Pipeline
{
    private readonly List<PendingFile> _files = [];

    public override string Name => "Originals";

    public override IReadOnlyList<Pipeline.Pipeline> Dependencies => [site, articles];

    public override IEnumerable<PendingFile> Pending => _files;

    public override IEnumerable<OutputFile> Outputs => _files.Select(f => f.File);

    public override void PostProcess(BuildContext context)
    {
        if (site.Config is null || context.Diagnostics.HasErrors) return;
        var folder = Path.Combine(context.InputRoot, ArticlesPipeline.Folder);
        foreach (var article in articles.Articles)
            // In a preview session an unchanged article keeps its file, copied once: the same article is the same bytes.
            _files.Add(context.Cache is { } cache ? cache.Derived(article, Name, () => Original(folder, article)) : Original(folder, article));
    }

    private PendingFile Original(string folder, Article article) =>
        new(Routes.Original(article.SourceFileName), () => Copy(Path.Combine(folder, article.SourceFileName), Routes.Original(article.SourceFileName), article.Sha256), Name);

    private static OutputFile Copy(string source, string path, string sha256)
    {
        var file = OutputFile.Rented(path, stream =>
        {
            using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            input.CopyTo(stream);
        });
        if (Convert.ToHexStringLower(SHA256.HashData(file.Span)) == sha256) return file;
        file.Release();
        throw new IOException($"{BuildContext.DisplayPath(source)} changed while the site was built: it no longer has the SHA-256 its page shows. Build again.");
    }
}
