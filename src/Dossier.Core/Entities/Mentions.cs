using Dossier.Articles;
using Dossier.Articles.Body;
using Dossier.Text;

namespace Dossier.Entities;

/// <summary>A mention of an entity in an article: the block, the range of the block's text, and the sentence around it.
/// <see cref="First"/> marks the first mention in running text, which is linked to the entity's page.</summary>
public sealed record Mention(string EntityId, Article Article, int Block, TextRange Range, bool First)
{
    /// <summary>Made when asked for (on the entity's page) rather than kept: a large dossier has millions of mentions.</summary>
    public string Sentence => Mentions.SentenceAround(Article.Blocks[Block].Text, Range);
}

/// <summary>Finds the entities mentioned in each article's reader text, one pass per article.</summary>
public static class Mentions
{
    public static IReadOnlyList<Mention> InArticle(Article article, EntityMatcher matcher)
    {
        var mentions = new List<Mention>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in matcher.Find(article.Reader.Text))
        {
            var pieces = article.Reader.Locate(match.Range).ToList();
            if (pieces.Count != 1) continue;
            var (block, range) = pieces[0];
            var linkable = article.Blocks[block].Kind is BlockKind.Paragraph or BlockKind.ListItem or BlockKind.Other;
            mentions.Add(new Mention(match.EntityId, article, block, range, linkable && seen.Add(match.EntityId)));
        }
        return mentions;
    }

    /// <summary>The sentence of <paramref name="text"/> that holds <paramref name="range"/>: from after the previous ". " to the next.</summary>
    public static string SentenceAround(string text, TextRange range)
    {
        var start = range.Start;
        while (start > 0 && !(IsSentenceEnd(text[start - 1]) && start < text.Length && char.IsWhiteSpace(text[start]))) start--;
        var end = range.End;
        while (end < text.Length && !(IsSentenceEnd(text[end - 1]) && char.IsWhiteSpace(text[end]))) end++;
        var sentence = text[start..end].Trim();
        return sentence.Length > 400 ? sentence[..400] + "…" : sentence;
    }

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?';
}
