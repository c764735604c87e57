using Dossier.Diagnostics;
using Dossier.Markdown;
using Dossier.Pipeline;

namespace Dossier.Media;

/// <summary>
/// Checks what the dossier's Markdown texts do with pictures and media: alt text on every picture, a file behind every
/// address under media/, and a link to every media file (a file nothing links to is a warning: it is published anyway).
/// </summary>
public sealed class MediaReferences(MediaPipeline media)
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public void Check(MarkdownReferences references, DiagnosticBag d)
    {
        foreach (var at in references.PicturesWithoutAlt)
            d.Error(DiagnosticCodes.MissingAltText, at, "the picture has no alt text",
                "say in the brackets what the picture shows, for readers who cannot see it: ![Map of the border crossings](../media/map.png).");
        foreach (var (path, at) in references.Media)
        {
            if (media.Files.ContainsKey(path)) _used.Add(path);
            else
                d.Error(DiagnosticCodes.BrokenLink, at, $"'{path}' is not produced by the build: input/{path} does not exist",
                    Suggestions.DidYouMean(path, media.Files.Keys.ToList(), "media files") + " Media files go in input/media/ and are named from an article or topic as ../media/NAME.");
        }
    }

    /// <summary>Warns of each media file no text linked to, once every text is checked.</summary>
    public void ReportUnused(DiagnosticBag d)
    {
        foreach (var file in media.Files.Values.Where(f => !_used.Contains(f.Path)))
            d.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.UnusedMedia, BuildContext.FileAt(file.Source),
                $"nothing links to {file.Path}", "show it with ![what it shows](../media/…) or link it from an article or topic, or delete the file."));
    }
}
