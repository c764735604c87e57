using Dossier.Articles;
using Dossier.Articles.Body;
using Dossier.Links;
using Dossier.Markdown;
using Dossier.Text;

namespace Dossier.Fuzz.Targets;

/// <summary>
/// What the article page does with a parsed article, short of the template: quote matching on the reader text,
/// each block rendered to HTML with its cuts and the marks of its notes and cited passages, the notes' own text.
/// </summary>
public static class ArticleChecks
{
    public static void Check(Article article)
    {
        var reader = article.Reader;
        var text = reader.Text;
        Contract.That(text.Length == reader.Length, "the reader text's length is not its Length");
        _ = article.WordCount;
        _ = article.FullText;
        var matcher = reader.Matcher();
        var marks = new Dictionary<int, List<Mark>>();
        void Add(int block, Mark mark)
        {
            Contract.That(block >= 0 && block < article.Blocks.Count, $"a mark in block {block} of {article.Blocks.Count}");
            var blockText = article.Blocks[block].Text;
            Contract.That(mark.Range.Start >= 0 && mark.Range.Start <= mark.Range.End && mark.Range.End <= blockText.Length,
                $"mark {mark.Range} outside block {block} of length {blockText.Length}");
            if (!marks.TryGetValue(block, out var list)) marks[block] = list = [];
            list.Add(mark);
        }
        foreach (var note in article.Notes)
            foreach (var (block, range) in note.Pieces)
                Add(block, new Mark(range, "note-mark", note.Id + "-text", Key: note.Id));
        var citations = article.AllCitations.Where(c => c.Quote is not null).Select(c => c.Quote!).Distinct().ToList();
        for (var i = 0; i < citations.Count; i++)
        {
            if (matcher.FindFirst(citations[i]) is not { } range)
            {
                _ = ClosestPassage.Find(text, citations[i]);
                continue;
            }
            Contract.That(range.Start >= 0 && range.End <= text.Length && range.Start <= range.End, $"quote range {range} outside the text ({text.Length})");
            foreach (var (block, piece) in reader.Locate(range)) Add(block, new Mark(piece, "cite-mark", $"c{i}", Key: $"c{i}"));
        }
        var context = new MarkdownRenderContext(new LinkGenerator("articles/fuzz.html"), EverythingResolver.Instance);
        for (var i = 0; i < article.Blocks.Count; i++)
        {
            var block = article.Blocks[i];
            if (block.Content is null) continue;
            var writer = new StringWriter();
            block.Content.WriteHtml(writer, new SpanSet(marks.TryGetValue(i, out var m) ? m : [], block.Cuts), context);
        }
        foreach (var note in article.Notes) _ = note.Spec.Text.RenderInline(context);
    }
}
