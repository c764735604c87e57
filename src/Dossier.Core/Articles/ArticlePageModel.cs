using System.Net;
using Dossier.Articles.Body;
using Dossier.Links;
using Dossier.Markdown;
using Dossier.Outlets;
using Dossier.Topics;

namespace Dossier.Articles;

/// <summary>Builds what the article template shows: the metadata, the text block by block, notes and neighbours.</summary>
public static class ArticlePageModel
{
    public static object Build(Article a, Article? previous, Article? next, LinkGenerator links,
        IReadOnlyDictionary<string, Outlet> outlets, IReadOnlyDictionary<string, Topic> topics)
    {
        outlets.TryGetValue(a.Meta.Outlet, out var outlet);
        return new
        {
            a.Id,
            a.Meta.Title,
            Kicker = string.Join(" · ", a.Blocks.Where(b => b.Kind == BlockKind.Kicker).Select(b => b.Text)),
            Outlet = outlet?.Name,
            OutletHref = ArticleViews.OutletHref(a, links),
            OutletGrade = outlet?.Reliability.ToString(),
            OutletGradeLabel = outlet?.ReliabilityLabel,
            Date = a.Meta.Published?.Display,
            DateIso = a.Meta.Published?.Iso,
            a.Meta.DateNote,
            a.Meta.Summary,
            a.Meta.Url,
            Retrieved = a.Meta.Retrieved?.Display,
            Topics = ArticleViews.TopicLinks(a, links, topics),
            Body = Groups(a),
            Words = a.WordCount,
            Source = new { FileName = a.SourceFileName, a.Sha256, Format = a.Format == ArticleFormat.PlainText ? "plain text, imported as received" : "Markdown" },
            HasNotes = a.Notes.Count > 0,
            Previous = previous is null ? null : new { previous.Meta.Title, Href = links.To(Routes.Article(previous.Slug)) },
            Next = next is null ? null : new { next.Meta.Title, Href = links.To(Routes.Article(next.Slug)) },
        };
    }

    /// <summary>The blocks, with consecutive list items of one list gathered into a list group.</summary>
    private static IReadOnlyList<object> Groups(Article a)
    {
        var marks = MarksByBlock(a);
        var notesAfter = a.Notes.ToLookup(n => n.Block);
        var groups = new List<object>();
        List<object>? items = null;
        var currentList = -1;
        for (var i = 0; i < a.Blocks.Count; i++)
        {
            var block = a.Blocks[i];
            if (block.Kind == BlockKind.Kicker) continue;
            var view = Block(block, marks.TryGetValue(i, out var m) ? m : [], notesAfter[i]);
            if (block.Kind == BlockKind.ListItem)
            {
                if (items is null || currentList != block.ListId)
                {
                    items = [];
                    currentList = block.ListId;
                    groups.Add(new { IsList = true, block.Ordered, Items = items });
                }
                items.Add(view);
                continue;
            }
            items = null;
            groups.Add(new { IsList = false, Block = view });
        }
        return groups;
    }

    private static object Block(BodyBlock block, IReadOnlyList<Mark> marks, IEnumerable<ResolvedNote> notes)
    {
        string? html = null;
        if (block.Content is not null)
        {
            var writer = new StringWriter();
            block.Content.WriteHtml(writer, new SpanSet(marks, block.Cuts));
            html = writer.ToString();
        }
        return new
        {
            block.Anchor,
            Html = html,
            IsHeading = block.Kind == BlockKind.Heading,
            block.Level,
            IsParagraph = block.Kind == BlockKind.Paragraph,
            IsOther = block.Kind == BlockKind.Other,
            IsOmission = block.Kind == BlockKind.Omission,
            block.Reason,
            Notes = notes.Select(n => new
            {
                n.Id,
                MarkId = n.Id + "-text",
                Kind = n.Spec.Kind.ToString().ToLowerInvariant(),
                KindLabel = n.Spec.Kind.ToString(),
                n.Spec.Quote,
                TextHtml = MarkdownPipelines.RenderInline(n.Spec.Text),
            }).ToList(),
        };
    }

    private static Dictionary<int, List<Mark>> MarksByBlock(Article a)
    {
        var result = new Dictionary<int, List<Mark>>();
        foreach (var note in a.Notes)
        {
            var first = true;
            foreach (var (block, range) in note.Pieces)
            {
                if (!result.TryGetValue(block, out var list)) result[block] = list = [];
                list.Add(new Mark(range, $"note-mark note-{note.Spec.Kind.ToString().ToLowerInvariant()}", first ? note.Id + "-text" : null));
                first = false;
            }
        }
        return result;
    }

    public static string Escape(string text) => WebUtility.HtmlEncode(text);
}
