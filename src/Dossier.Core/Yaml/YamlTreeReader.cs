using Dossier.Diagnostics;
using Dossier.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Dossier.Yaml;

/// <summary>
/// Builds a <see cref="YamlNode"/> tree from YamlDotNet's event parser. Working from events (rather than
/// YamlDotNet's object model) lets us report duplicate keys and aliases as diagnostics with positions,
/// refuse alias bombs, and cap nesting depth — none of which may crash a build.
/// </summary>
public static class YamlTreeReader
{
    private const int MaxDepth = 64;

    private const string TagHint =
        "remove the tag; a value that starts with ! needs quotes (note: \"!important\"). Dossier reads every value as the text it shows, never as a type named in the file.";

    /// <summary>Reads a YAML document; false when it had errors (already reported). An empty document gives true and null.</summary>
    /// <param name="lineOffset">Lines before the YAML text in its file (front matter starts on line 2).</param>
    public static bool TryRead(string text, string file, DiagnosticBag diagnostics, out YamlNode? root, int lineOffset = 0)
    {
        root = Read(text, file, diagnostics, lineOffset, out var failed);
        return !failed;
    }

    private static YamlNode? Read(string text, string file, DiagnosticBag diagnostics, int lineOffset, out bool failed)
    {
        failed = false;
        var errors = new List<Diagnostic>();
        if (LineSeparator(text, file, lineOffset) is { } separator)
        {
            diagnostics.Add(separator);
            failed = true;
            return null;
        }
        YamlNode? root = null;
        var lastMark = Mark.Empty;
        var scanner = new Scanner(new StringReader(text));
        try
        {
            var parser = new MarkTrackingParser(new Parser(scanner), m => lastMark = m);
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            root = ReadNode(parser, text, file, lineOffset, errors, 0);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
                errors.Add(Error(DiagnosticCodes.YamlSyntax, At(file, second.Start, lineOffset),
                    "this file holds more than one YAML document", "remove the second '---' line and what follows, or merge it into the first document."));
        }
        catch (YamlException e) when (LongKey(text, e.Start) is { } length)
        {
            errors.Add(Error(DiagnosticCodes.YamlSyntax, At(file, e.Start, lineOffset),
                $"malformed YAML: a field name {length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters long; YAML reads names of at most 1,024",
                "a field name is one word such as 'summary'; if this is text, put it after a name: 'summary: …'."));
        }
        catch (YamlException e)
        {
            errors.Add(Error(DiagnosticCodes.YamlSyntax, At(file, e.Start, lineOffset), Describe(e),
                "check the indentation (spaces only, no tabs), the colons after field names and that every quote is closed."));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, rather than a YamlException, on some unclosed flow collections.
            errors.Add(Error(DiagnosticCodes.YamlSyntax, At(file, lastMark, lineOffset), "malformed YAML: a list or set of fields in brackets is not closed",
                "close every '[' with ']' and every '{' with '}', or put quotes around a value that starts with one of them."));
        }
        catch (ArgumentException e)
        {
            // YamlDotNet refuses a tag it cannot even name ('!!' with characters a URI may not hold, an empty '!<>') with
            // an ArgumentException, not a YamlException; found by fuzzing. Located at the token the scanner gave last: the tag.
            errors.Add(Error(DiagnosticCodes.YamlTag, At(file, scanner.Current?.Start ?? lastMark, lineOffset), $"malformed YAML tag: {e.Message.Split(" (Parameter")[0].TrimEnd('.')}", TagHint));
        }
        catch (DepthException e)
        {
            errors.Add(Error(DiagnosticCodes.YamlSyntax, e.At, $"lists or fields are nested more than {MaxDepth} levels deep", "flatten the structure."));
        }
        foreach (var error in errors) diagnostics.Add(error);
        failed = errors.Count > 0;
        return failed ? null : root;
    }

    private static YamlNode ReadNode(IParser parser, string text, string file, int lineOffset, List<Diagnostic> errors, int depth)
    {
        var at = At(file, parser.Current!.Start, lineOffset);
        if (depth > MaxDepth) throw new DepthException(at);
        if (parser.Current is NodeEvent { Tag.IsEmpty: false } tagged)
            errors.Add(Error(DiagnosticCodes.YamlTag, at, $"YAML tag '{tagged.Tag.Value}' is not supported", TagHint));
        if (parser.Current is NodeEvent { Anchor.IsEmpty: false } anchored)
            errors.Add(Error(DiagnosticCodes.YamlAlias, at, $"YAML anchor '&{anchored.Anchor.Value}' is not supported",
                "a value that starts with & needs quotes (name: \"&Co\"); anchors (&) and aliases (*) are not used in Dossier files, so each value is read where it stands."));
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            if (UnpublishableCharacters.Find(scalar.Value, directionControls: true) is >= 0 and var index)
                errors.Add(Unpublishable(scalar, index, text, at, lineOffset));
            return new YamlScalar(IsNull(scalar) ? null : scalar.Value, at);
        }
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            errors.Add(Error(DiagnosticCodes.YamlAlias, at, $"YAML alias '*{alias.Value}' is not supported",
                "a value that starts with * or & needs quotes (summary: \"*Exclusive* report\"); anchors (&) and aliases (*) are not used in Dossier files."));
            return new YamlScalar(null, at);
        }
        if (parser.TryConsume<SequenceStart>(out _))
        {
            var items = new List<YamlNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
                items.Add(ReadNode(parser, text, file, lineOffset, errors, depth + 1));
            return new YamlSequence(items, at);
        }
        if (parser.TryConsume<MappingStart>(out _))
        {
            var entries = new List<YamlEntry>();
            var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyNode = ReadNode(parser, text, file, lineOffset, errors, depth + 1);
                var value = ReadNode(parser, text, file, lineOffset, errors, depth + 1);
                if (keyNode is not YamlScalar { Value: not null } key)
                {
                    errors.Add(Error(DiagnosticCodes.YamlSyntax, keyNode.At, "a field name must be plain text", "write 'name: value'."));
                    continue;
                }
                if (seen.TryGetValue(key.Value, out var first))
                {
                    errors.Add(Error(DiagnosticCodes.DuplicateKey, key.At, $"field '{key.Value}' is given twice (first on line {first.Line})",
                        "keep one of the two lines."));
                    continue;
                }
                seen[key.Value] = key.At;
                entries.Add(new YamlEntry(key, value));
            }
            return new YamlMapping(entries, at);
        }
        throw new YamlException(parser.Current.Start, parser.Current.End, "unexpected YAML content");
    }

    /// <summary>
    /// A refused character in a value, at its own column when it is written as itself; one written as an escape
    /// ("\a", "\u202E") is reported where its value starts.
    /// </summary>
    private static Diagnostic Unpublishable(Scalar scalar, int index, string text, SourceLocation at, int lineOffset)
    {
        var codePoint = UnpublishableCharacters.CodePointAt(scalar.Value, index);
        var character = char.ConvertFromUtf32(codePoint);
        var start = (int)Math.Min(scalar.Start.Index, text.Length);
        var end = (int)Math.Min(scalar.End.Index, text.Length);
        var raw = text.IndexOf(character, start, end - start, StringComparison.Ordinal);
        var written = " in this value (written as an escape sequence)";
        if (raw >= 0)
        {
            var (line, column) = LineStarts.PositionOf(text, raw);
            at = at with { Line = line + lineOffset, Column = column };
            written = "";
        }
        return Error(DiagnosticCodes.UnpublishableCharacter, at, $"{UnpublishableCharacters.Describe(codePoint)}{written} cannot be published",
            UnpublishableCharacters.Hint(codePoint));
    }

    /// <summary>
    /// YamlDotNet reads U+2028 and U+2029 as line breaks (as YAML 1.1 does), so pasted text holding one failed
    /// with "wrong indentation", or had its value cut at the invisible break. It is named instead.
    /// </summary>
    private static Diagnostic? LineSeparator(string text, string file, int lineOffset)
    {
        var index = text.AsSpan().IndexOfAny('\u2028', '\u2029');
        if (index < 0) return null;
        var (line, column) = LineStarts.PositionOf(text, index);
        var name = text[index] == '\u2028' ? "U+2028 (LINE SEPARATOR)" : "U+2029 (PARAGRAPH SEPARATOR)";
        return Error(DiagnosticCodes.YamlSyntax, new SourceLocation(file, line + lineOffset, column),
            $"malformed YAML: the invisible character {name} would be read as a line break", "replace it with a space, or with a real line break.");
    }

    /// <summary>The length of the name on the error's line when it is past YAML's 1,024-character limit for a plain name.</summary>
    private static int? LongKey(string text, Mark at)
    {
        var starts = LineStarts.Of(text);
        var line = (int)at.Line - 1;
        if (line < 0 || line >= starts.Length) return null;
        var end = line + 1 < starts.Length ? starts[line + 1] : text.Length;
        var colon = text.IndexOf(':', starts[line], end - starts[line]);
        return colon - starts[line] > 1024 ? colon - starts[line] : null;
    }

    private static bool IsNull(Scalar scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";

    private static SourceLocation At(string file, Mark mark, int lineOffset) =>
        new(file, (int)mark.Line + lineOffset, (int)mark.Column);

    private static Diagnostic Error(string code, SourceLocation at, string message, string hint) =>
        new(Severity.Error, code, at, message, hint);

    private static string Describe(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var paren = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line", StringComparison.Ordinal) && paren > 0) message = message[(paren + 3)..];
        return "malformed YAML: " + message.TrimEnd('.');
    }

    /// <summary>Remembers where the last event started, to locate errors that come without a position.</summary>
    private sealed class MarkTrackingParser(IParser inner, Action<Mark> onEvent) : IParser
    {
        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (moved && inner.Current is not null) onEvent(inner.Current.Start);
            return moved;
        }
    }

    private sealed class DepthException(SourceLocation at) : Exception
    {
        public SourceLocation At { get; } = at;
    }
}
