using Dossier.Diagnostics;
using Dossier.Text;

namespace Dossier.Articles.Body;

/// <summary>An editorial note anchored on words of the article: shown after the block that holds them.</summary>
public sealed record ResolvedNote(NoteSpec Spec, string Id, int Block, IReadOnlyList<(int Block, TextRange Range)> Pieces);

/// <summary>Anchors each note on the one place its quote occurs in the reader's text.</summary>
public static class Notes
{
    public static IReadOnlyList<ResolvedNote> Resolve(IReadOnlyList<NoteSpec> notes, ReaderText reader, DiagnosticBag diagnostics)
    {
        var resolved = new List<ResolvedNote>();
        if (notes.Count == 0) return resolved;
        var match = reader.Matcher();
        foreach (var note in notes)
        {
            var hits = match.FindAll(note.Quote).Take(2).ToList();
            if (hits.Count == 0)
            {
                var closest = ClosestPassage.Find(reader.Text, note.Quote);
                diagnostics.Error(DiagnosticCodes.QuoteNotFound, note.QuoteAt, $"the note's quote '{note.Quote}' is not in the article's text (omitted passages excluded)",
                    closest is null ? "copy the words exactly from the article." : $"the closest passage is: \"{closest}\" — copy the words exactly from the article.");
                continue;
            }
            if (hits.Count > 1)
            {
                diagnostics.Error(DiagnosticCodes.AmbiguousQuote, note.QuoteAt, $"the note's quote '{note.Quote}' occurs more than once in the article",
                    "quote more words, so that the quote points at one place only.");
                continue;
            }
            var pieces = reader.Locate(hits[0]).ToList();
            resolved.Add(new ResolvedNote(note, $"note-{resolved.Count + 1}", pieces[^1].Block, pieces));
        }
        return resolved;
    }
}
