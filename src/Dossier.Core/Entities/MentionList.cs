using Dossier.Links;
using Dossier.Pages;
using Dossier.Text;

namespace Dossier.Entities;

/// <summary>
/// The "Mentioned in" list of an entity's page: each article with the sentences that mention the entity, linked
/// to their paragraphs. A sentence is listed once however often it names the entity, and so is a sentence
/// repeated word for word in its paragraph.
/// </summary>
public static class MentionList
{
    public static List<MentionArticle> Of(IReadOnlyList<Mention[]> runs, LinkGenerator links)
    {
        var articles = new List<MentionArticle>(runs.Count);
        foreach (var run in runs)
        {
            var article = run[0].Article;
            var href = links.To(Routes.Article(article.Slug));
            articles.Add(new MentionArticle(article.Meta.Title, href, Format.Count(run.Length, "mention"), Sentences(run, href)));
        }
        return articles;
    }

    [ThreadStatic] private static char[]? _scratch;

    /// <summary>
    /// The sentences of one article's mentions, in reading order. Each sentence is read alone from its block, and
    /// made a string only once it is known to be new.
    /// </summary>
    private static List<MentionSentence> Sentences(Mention[] run, string articleHref)
    {
        var blocks = run[0].Article.Blocks;
        var sentences = new List<MentionSentence>();
        var listed = new List<(int Block, TextRange Range, string Shown)>();
        // The sentences of one paragraph share its link.
        var (hrefBlock, href) = (-1, "");
        foreach (var mention in run)
        {
            var range = mention.Sentence;
            var sentence = blocks[mention.Block].PlainText.Slice(range, ref _scratch);
            if (Listed(listed, mention.Block, range, sentence)) continue;
            var shown = Mentions.Shown(sentence);
            listed.Add((mention.Block, range, shown));
            var anchor = blocks[mention.Block].Anchor;
            if (hrefBlock != mention.Block) (hrefBlock, href) = (mention.Block, articleHref + "#" + anchor);
            sentences.Add(new MentionSentence(shown, href, anchor));
        }
        return sentences;
    }

    private static bool Listed(List<(int Block, TextRange Range, string Shown)> listed, int block, TextRange range, ReadOnlySpan<char> sentence)
    {
        for (var i = listed.Count - 1; i >= 0; i--)
        {
            if (listed[i].Block != block) continue;
            if (listed[i].Range == range || Mentions.ShownAs(listed[i].Shown, sentence)) return true;
        }
        return false;
    }
}
