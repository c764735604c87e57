using System.Globalization;
using System.Text;

namespace Dossier.Tests.Properties;

public enum MutationKind { FlipBytes, DropLine, RepeatLine, SwapLines, SwapValues, Truncate, InsertChar, InsertCharInValue, ReplaceValue }

/// <summary>
/// One change to one file of a dossier's input/. <see cref="File"/>, <see cref="A"/> and <see cref="B"/> are taken
/// modulo what they index (the files, the bytes, the lines), so any mutation applies to any dossier.
/// </summary>
/// <param name="Char">For <see cref="MutationKind.InsertChar"/>: the code point, or a lone surrogate (written as its three bytes, not UTF-8).</param>
/// <param name="Mask">For <see cref="MutationKind.FlipBytes"/>: what each byte is XORed with (never 0).</param>
public sealed record Mutation(MutationKind Kind, int File, int A, int B, int Char, byte Mask, int Count)
{
    /// <summary>Applies the mutation to one of <paramref name="files"/> (full paths, in a stable order); says what it did.</summary>
    public string Apply(IReadOnlyList<string> files, string input)
    {
        var path = files[File % files.Count];
        var bytes = System.IO.File.ReadAllBytes(path);
        var (mutated, what) = Mutate(bytes);
        System.IO.File.WriteAllBytes(path, mutated);
        return $"input/{Path.GetRelativePath(input, path).Replace('\\', '/')}: {what}";
    }

    public (byte[] Bytes, string What) Mutate(byte[] bytes)
    {
        switch (Kind)
        {
            case MutationKind.FlipBytes:
            {
                if (bytes.Length == 0) return (bytes, "nothing to flip");
                var copy = (byte[])bytes.Clone();
                var at = new List<int>();
                for (var i = 0; i < Math.Max(1, Count); i++)
                {
                    var p = (int)(((long)A + (long)i * (B | 1)) % copy.Length);
                    copy[p] ^= Mask;
                    at.Add(p);
                }
                return (copy, $"bytes {string.Join(", ", at)} XOR 0x{Mask:X2}");
            }
            case MutationKind.Truncate:
                return (bytes[..(A % (bytes.Length + 1))], $"truncated to {A % (bytes.Length + 1)} bytes");
            case MutationKind.InsertChar:
            {
                // At a character boundary: after any byte that does not continue a UTF-8 sequence.
                var p = A % (bytes.Length + 1);
                while (p < bytes.Length && (bytes[p] & 0xC0) == 0x80) p++;
                var inserted = Char is >= 0xD800 and <= 0xDFFF
                    ? [(byte)0xED, (byte)(0xA0 | ((Char >> 6) & 0x1F)), (byte)(0x80 | (Char & 0x3F))]
                    : Encoding.UTF8.GetBytes(char.ConvertFromUtf32(Char));
                return ([.. bytes[..p], .. inserted, .. bytes[p..]], $"U+{Char:X4} inserted at byte {p}");
            }
        }
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        var (i1, i2) = (A % lines.Count, B % lines.Count);
        string what;
        switch (Kind)
        {
            case MutationKind.DropLine:
                what = $"line {i1 + 1} dropped";
                lines.RemoveAt(i1);
                break;
            case MutationKind.RepeatLine:
                what = $"line {i1 + 1} repeated";
                lines.Insert(i1, lines[i1]);
                break;
            case MutationKind.SwapLines:
                what = $"lines {i1 + 1} and {i2 + 1} swapped";
                (lines[i1], lines[i2]) = (lines[i2], lines[i1]);
                break;
            case MutationKind.InsertCharInValue:
                what = InsertInValue(lines);
                break;
            case MutationKind.ReplaceValue:
                what = ReplaceValue(lines);
                break;
            default:
                what = SwapValues(lines);
                break;
        }
        return (Encoding.UTF8.GetBytes(string.Join('\n', lines)), what);
    }

    /// <summary>Swaps the values of two `field: value` lines (the A-th and B-th of them), keeping each line's field.</summary>
    private string SwapValues(List<string> lines)
    {
        var fields = Fields(lines);
        if (fields.Count < 2) return "no two fields to swap";
        var (f1, f2) = (fields[A % fields.Count], fields[B % fields.Count]);
        var (l1, l2) = (lines[f1.Index], lines[f2.Index]);
        lines[f1.Index] = l1[..f1.Colon] + l2[f2.Colon..];
        lines[f2.Index] = l2[..f2.Colon] + l1[f1.Colon..];
        return string.Create(CultureInfo.InvariantCulture, $"the values of lines {f1.Index + 1} and {f2.Index + 1} swapped");
    }

    /// <summary>The character inserted at the start of the A-th field's value (a title, an id, a date …), where a check is most likely to miss it.</summary>
    private string InsertInValue(List<string> lines)
    {
        var fields = Fields(lines);
        if (fields.Count == 0) return "no field";
        var (index, colon) = fields[A % fields.Count];
        var value = lines[index][(colon + 1)..];
        // Inside the quotes of a quoted value, so the character is part of the text.
        var at = colon + 1 + (value.StartsWith('"') || value.StartsWith('\'') ? 1 : 0);
        var inserted = Char is >= 0xD800 and <= 0xDFFF ? "\uFFFD" : char.ConvertFromUtf32(Char);
        lines[index] = lines[index][..at] + inserted + lines[index][at..];
        return $"U+{Char:X4} inserted in the value of line {index + 1}";
    }

    /// <summary>Values that YAML or Dossier read in a special way, or that are empty, huge or of the wrong kind.</summary>
    public static readonly string[] OddValues =
    [
        "", "~", "null", "\"\"", "[]", "{}", "[a, b]", "{a: b}", "|", ">-", "0", "-1", "1e400", "true", "no", "2025-13-45", "0000-00-00",
        "9999-12-31", "'", "\"", "&anchor", "*alias", "!tag", "%x", "@x", "`x`", "- item", "? key", "a: b", "#", "..", "../x", "/etc/passwd",
        "index", "unknown", "A", "Z", "7", "Q0", "https://", "javascript:alert(1)", "<script>alert(1)</script>", "[[x]]", "[@x]", "\"\\u0000\"",
        "\"\\x07\"", "\"\\uFFFE\"", "\"\\u202E\"", new string('x', 5000),
    ];

    private string ReplaceValue(List<string> lines)
    {
        var fields = Fields(lines);
        if (fields.Count == 0) return "no field";
        var (index, colon) = fields[A % fields.Count];
        var value = OddValues[B % OddValues.Length];
        lines[index] = lines[index][..(colon + 1)] + value;
        return $"the value of line {index + 1} replaced by '{(value.Length > 40 ? value[..40] + "…" : value)}'";
    }

    private static List<(int Index, int Colon)> Fields(List<string> lines) =>
        lines.Select((line, index) => (Index: index, Colon: FieldColon(line))).Where(f => f.Colon > 0).ToList();

    /// <summary>Where the value of a `field: value` line starts (after ": "), or 0.</summary>
    private static int FieldColon(string line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0) return 0;
        var key = line[..colon].TrimStart(' ', '-');
        return key.Length > 0 && key.All(c => char.IsAsciiLetterLower(c) || c == '_') ? colon + 1 : 0;
    }
}
