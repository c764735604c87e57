using Dossier.Articles.Body;
using Dossier.Articles.MarkdownBody;
using Dossier.Articles.PlainText;
using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Markdown;
using Dossier.Pipeline;
using Dossier.Yaml;

namespace Dossier.Articles;

/// <summary>Turns the files of one article (ID.md, or ID.txt with its ID.yml sidecar) into an <see cref="Article"/>.</summary>
public static class ArticleParser
{
    public static Article? ParseMarkdown(string id, InputFile file, bool allowHtml, DiagnosticBag d)
    {
        var front = FrontMatter.Split(file, d);
        if (front is null) return null;
        if (!YamlTreeReader.TryRead(front.Yaml, file.DisplayPath, d, out var root, FrontMatter.YamlLineOffset)) return null;
        var meta = ArticleMetaReader.Read(root, file.At(2, 1), file.Text, allowHtml, d);
        if (meta is null) return null;
        var (blocks, references) = MarkdownBodyParser.Parse(front.Body, file.At(front.BodyFirstLine, 1), MarkdownPipelines.For(allowHtml, front.Body));
        return Complete(id, meta, ArticleFormat.Markdown, file, blocks, d) with { BodyReferences = references };
    }

    public static Article? ParsePlainText(string id, InputFile text, InputFile sidecar, bool allowHtml, DiagnosticBag d)
    {
        if (!YamlTreeReader.TryRead(sidecar.Text, sidecar.DisplayPath, d, out var root)) return null;
        var meta = ArticleMetaReader.Read(root, sidecar.At(1, 1), sidecar.Text, allowHtml, d);
        if (meta is null) return null;
        var blocks = PlainTextParser.Parse(text.Text, meta.Title);
        return Complete(id, meta, ArticleFormat.PlainText, text, blocks, d);
    }

    private static Article Complete(string id, ArticleMeta meta, ArticleFormat format, InputFile source, IReadOnlyList<BodyBlock> blocks, DiagnosticBag d)
    {
        var visible = Anchor(Omissions.Apply(blocks, meta.Omits, d));
        var reader = new ReaderText(visible);
        var notes = Notes.Resolve(meta.Notes, reader, d);
        // Without omissions the whole text is the visible one, made again when asked for; only omitted text is kept apart.
        var fullText = meta.Omits.Count == 0 ? null : string.Join("\n\n", blocks.Select(b => b.Text));
        return new Article(id, meta, format, Path.GetFileName(source.FullPath), source.Sha256, visible, reader, notes, source.At(1, 1))
        {
            OmittedFullText = fullText,
        };
    }

    /// <summary>Numbers what a reader may link to: p1, p2 … for paragraphs and list items, s1, s2 … for headings.</summary>
    private static IReadOnlyList<BodyBlock> Anchor(IReadOnlyList<BodyBlock> blocks)
    {
        var paragraphs = 0;
        var sections = 0;
        return blocks.Select(b => b.Kind switch
        {
            BlockKind.Paragraph or BlockKind.ListItem or BlockKind.Other => b with { Anchor = $"p{++paragraphs}" },
            BlockKind.Heading => b with { Anchor = $"s{++sections}" },
            _ => b,
        }).ToList();
    }
}
