using Dossier.Articles.Body;
using Dossier.Citations;
using Dossier.Entities;
using Dossier.Links;
using Dossier.Markdown;
using Dossier.References;

namespace Dossier.Articles;

/// <summary>
/// Builds what the article template shows: the metadata, the text block by block — with the passages cited
/// elsewhere marked, the first mention of each entity linked, and the notes at their words — and "Cited by".
/// </summary>
public sealed class ArticlePageModel(DossierContent content, CitationIndex citations, MentionsPipeline mentions, IReferenceResolver resolver)
{
    public ArticlePage Build(Article a, Article? previous, Article? next, LinkGenerator links)
    {
        content.Outlets.Outlets.TryGetValue(a.Meta.Outlet, out var outlet);
        var context = new MarkdownRenderContext(links, resolver);
        var cited = citations.For(a.Id);
        var body = Groups(a, links, context, cited);
        return new ArticlePage(
            a.Id,
            a.Meta.Title,
            Kicker: string.Join(" · ", a.Blocks.Where(b => b.Kind == BlockKind.Kicker).Select(b => b.Text)),
            Outlet: outlet?.Name,
            OutletHref: ArticleViews.OutletHref(a, links),
            OutletGrade: outlet?.Reliability.ToString(),
            OutletGradeLabel: outlet?.ReliabilityLabel,
            OutletGradeHref: outlet is null ? null : Methodology.AdmiraltyScale.ReliabilityHref(links, outlet.Reliability),
            Date: a.Meta.Published?.Display,
            DateIso: a.Meta.Published?.Iso,
            a.Meta.DateNote,
            a.Meta.Summary,
            a.Meta.Url,
            Retrieved: a.Meta.Retrieved?.Display,
            Topics: ArticleViews.TopicLinks(a, links, content.Topics.Topics),
            Body: body,
            References: context.Citations.Select(c => new ReferenceView(c.Number, c.Href, c.Target.ArticleTitle, c.Target.Quote)).ToList(),
            CitedBy: CitedBy(a, cited, links),
            Words: a.WordCount,
            Source: new SourceFileView(a.SourceFileName, a.Sha256, a.Format == ArticleFormat.PlainText ? "plain text, imported as received" : "Markdown",
                links.To(Routes.Original(a.SourceFileName))),
            Previous: previous is null ? null : new Pages.TitleLink(previous.Meta.Title, links.To(Routes.Article(previous.Slug))),
            Next: next is null ? null : new Pages.TitleLink(next.Meta.Title, links.To(Routes.Article(next.Slug))),
            Head: new Pages.PageHead(
                StructuredData.ArticleData.Of(a, content.Outlets.Outlets, StructuredData.Addresses.For(links, content.Site.Config?.SiteUrl)),
                StructuredData.CitationMeta.Of(a, outlet)),
            ArchiveUrl: a.Meta.ArchiveUrl,
            Archived: a.Meta.Archived?.Display,
            ArchivedIso: a.Meta.Archived?.Iso,
            Draft: a.Meta.Draft);
    }

    /// <summary>The claims, events, topics and entities that cite this article, each with the passages they cite.</summary>
    /// <remarks>
    /// A passage cited by several gets its "view in the original" link where it is first listed only: the link is
    /// two hundred bytes, and a passage that ten claims cite would repeat it ten times.
    /// </remarks>
    private static IReadOnlyList<CitedByView> CitedBy(Article a, IReadOnlyList<ResolvedCitation> cited, LinkGenerator links)
    {
        var linked = new HashSet<string>(StringComparer.Ordinal);
        return cited.Where(c => !(c.Use.Citer.Kind == "article" && c.Use.Citer.Id == a.Id))
            .GroupBy(c => c.Use.Citer)
            .OrderBy(g => KindOrder(g.Key.Kind)).ThenBy(g => g.Key.Title, StringComparer.Ordinal)
            .Select(g => new CitedByView(
                g.Key.Kind,
                g.Key.Title,
                Href: links.To(g.Key.Page, g.Key.Fragment),
                Passages: g.Where(c => c.MarkId is not null).DistinctBy(c => c.MarkId)
                    .Select(c => new PassageView("#" + c.MarkId, c.Use.Reference.Quote, c.ParagraphAnchor,
                        linked.Add(c.MarkId!) ? OriginalLink.To(a, c.Range) : null)).ToList())).ToList();
    }

    private static int KindOrder(string kind) => Array.IndexOf(["claim", "event", "topic", "entity", "article"], kind);

    /// <summary>The blocks, with consecutive list items of one list gathered into a list group.</summary>
    private IReadOnlyList<BodyGroup> Groups(Article a, LinkGenerator links, MarkdownRenderContext context, IReadOnlyList<ResolvedCitation> cited)
    {
        var marks = MarksByBlock(a, links, cited);
        var notesAfter = a.Notes.ToLookup(n => n.Block);
        var groups = new List<BodyGroup>();
        List<BlockView>? items = null;
        var currentList = -1;
        for (var i = 0; i < a.Blocks.Count; i++)
        {
            var block = a.Blocks[i];
            if (block.Kind == BlockKind.Kicker) continue;
            var view = Block(a, block, marks.TryGetValue(i, out var m) ? m : [], notesAfter[i], context);
            if (block.Kind == BlockKind.ListItem)
            {
                if (items is null || currentList != block.ListId)
                {
                    items = [];
                    currentList = block.ListId;
                    groups.Add(new BodyGroup(IsList: true, block.Ordered, Items: items));
                }
                items.Add(view);
                continue;
            }
            items = null;
            groups.Add(new BodyGroup(IsList: false, Block: view));
        }
        return groups;
    }

    private static BlockView Block(Article a, BodyBlock block, IReadOnlyList<Mark> marks, IEnumerable<ResolvedNote> notes, MarkdownRenderContext context)
    {
        string? html = null;
        if (block.Content is not null)
        {
            // Written into the worker's page buffer (free while the model is made), and only the result copied out.
            var buffer = Pages.PageBuffer.Rent();
            block.Content.WriteHtml(buffer, new SpanSet(marks, block.Cuts), context);
            html = buffer.Text.ToString();
            Pages.PageBuffer.Return(buffer);
        }
        return new BlockView(
            block.Anchor,
            Html: html,
            IsHeading: block.Kind == BlockKind.Heading,
            block.Level,
            IsParagraph: block.Kind == BlockKind.Paragraph,
            IsOther: block.Kind == BlockKind.Other,
            IsOmission: block.Kind == BlockKind.Omission,
            block.Reason,
            Notes: notes.Select(n => new NoteView(
                n.Id,
                MarkId: n.Id + "-text",
                Kind: n.Spec.Kind.ToString().ToLowerInvariant(),
                n.Spec.Quote,
                TextHtml: n.Spec.Text.RenderInline(context),
                Date: n.Spec.Date?.Display,
                DateIso: n.Spec.Date?.Iso,
                Original: OriginalLink.To(a, n.Pieces))).ToList());
    }

    private Dictionary<int, List<Mark>> MarksByBlock(Article a, LinkGenerator links, IReadOnlyList<ResolvedCitation> cited)
    {
        var result = new Dictionary<int, List<Mark>>();
        void Add(int block, Mark mark)
        {
            if (!result.TryGetValue(block, out var list)) result[block] = list = [];
            list.Add(mark);
        }
        foreach (var note in a.Notes)
        {
            var first = true;
            foreach (var (block, range) in note.Pieces)
            {
                Add(block, new Mark(range, $"note-mark note-{note.Spec.Kind.ToString().ToLowerInvariant()}", first ? note.Id + "-text" : null, Key: note.Id));
                first = false;
            }
        }
        foreach (var c in cited.Where(c => c.Range is not null).DistinctBy(c => c.MarkId))
        {
            var first = true;
            foreach (var (block, range) in a.Reader.Locate(c.Range!.Value))
            {
                Add(block, new Mark(range, "cite-mark", first ? c.MarkId : null, Key: c.MarkId));
                first = false;
            }
        }
        if (mentions.ByArticle.TryGetValue(a.Id, out var found))
            foreach (var m in found.Where(m => m.First))
            {
                // No title: the link preview shows the entity's name and role, and a tooltip would show beside it. No
                // class either: the stylesheet knows a link to an entity by its address, and fifty classes made a
                // long article's page a kilobyte larger.
                Add(m.Block, new Mark(m.Range, null, Href: links.To(Routes.Entity(m.EntityId))));
            }
        return result;
    }
}
