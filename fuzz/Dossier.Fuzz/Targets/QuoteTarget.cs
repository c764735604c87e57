using Dossier.Text;

namespace Dossier.Fuzz.Targets;

/// <summary>
/// Quote matching, as citations and notes find their passage: the input is a quote, then a NUL (or else a newline),
/// then the text. Every range found lies inside the text, in order; a quote not found gets a closest passage.
/// </summary>
public static class QuoteTarget
{
    public static void Run(ReadOnlySpan<byte> data)
    {
        Harness.Split(data, out var quotePart, out var textPart);
        var quote = Harness.Text(quotePart);
        var text = Harness.Text(textPart);
        var matcher = MatchText.Of(text);
        Contract.That(matcher.Original == text, "the matcher changed the text");
        var previous = -1;
        var count = 0;
        foreach (var range in matcher.FindAll(quote))
        {
            Contract.That(range.Start >= 0 && range.Start <= range.End && range.End <= text.Length, $"range {range} outside a text of {text.Length}");
            Contract.That(range.Start > previous, $"range {range} does not follow the one at {previous}");
            previous = range.Start;
            if (++count > text.Length + 1) throw new ContractException("more matches than places in the text");
        }
        var first = matcher.FindFirst(quote);
        Contract.That((first is null) == (count == 0), "FindFirst and FindAll disagree");
        if (first is { } f) _ = matcher.FindFirst(quote, Math.Min(f.End, text.Length));
        if (first is null) _ = ClosestPassage.Find(text, quote);
        _ = MatchText.Fold(quote);
    }
}
