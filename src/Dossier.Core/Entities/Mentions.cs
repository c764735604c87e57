using Dossier.Articles;
using Dossier.Articles.Body;
using Dossier.Text;

namespace Dossier.Entities;

/// <summary>A mention of an entity in an article: the block, the range of the block's text, and the range of the sentence around it
/// (a range, not a string: a large dossier has millions of mentions, and the entity's page makes the text).
/// <see cref="First"/> marks the first mention in running text, which is linked to the entity's page.</summary>
public sealed record Mention(string EntityId, Article Article, int Block, TextRange Range, TextRange Sentence, bool First);

/// <summary>Finds the entities mentioned in each article's reader text, one pass per article.</summary>
public static class Mentions
{
    /// <summary>How much of a sentence is shown; a longer one is cut, and ends with "…".</summary>
    public const int MaxSentence = 400;

    public static IReadOnlyList<Mention> InArticle(Article article, EntityMatcher matcher)
    {
        // Every piece of the reader's text, in order: the text itself is never joined.
        var pieces = article.Reader.Locate(new TextRange(0, int.MaxValue)).ToList();
        var mentions = new List<Mention>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sentences = new SentenceBounds();
        var texts = pieces.ConvertAll(p => (article.Blocks[p.Block].Text, p.Range));
        foreach (var match in matcher.Find(texts))
        {
            var block = pieces[match.Piece].Block;
            var text = texts[match.Piece].Text;
            var linkable = article.Blocks[block].Kind is BlockKind.Paragraph or BlockKind.ListItem or BlockKind.Other;
            mentions.Add(new Mention(match.EntityId, article, block, match.Range, sentences.Around(text, block, match.Range),
                linkable && seen.Add(match.EntityId)));
        }
        return mentions;
    }

    /// <summary>The sentence as shown: cut after <see cref="MaxSentence"/> characters.</summary>
    public static string Shown(ReadOnlySpan<char> sentence) =>
        sentence.Length > MaxSentence ? string.Concat(sentence[..MaxSentence], "…") : new string(sentence);

    /// <summary>Whether a sentence is shown as <paramref name="shown"/> (the same text, or the same up to where both are cut).</summary>
    public static bool ShownAs(string shown, ReadOnlySpan<char> sentence) =>
        sentence.Length > MaxSentence ? shown.Length == MaxSentence + 1 && sentence[..MaxSentence].SequenceEqual(shown.AsSpan(0, MaxSentence))
            : sentence.SequenceEqual(shown);
}
