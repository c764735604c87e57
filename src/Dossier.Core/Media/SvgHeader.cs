using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.Media;

/// <summary>
/// SVG: the root svg element's width and height when both are plain numbers or px, else its viewBox's. Read with a
/// pattern over the first bytes, not an XML parser: the file is only published, and a hostile one must cost nothing.
/// </summary>
internal static partial class SvgHeader
{
    public static ImageSize? Read(ReadOnlySpan<byte> b)
    {
        var text = Encoding.UTF8.GetString(b);
        var root = SvgStart().Match(text);
        if (!root.Success) return null;
        var tag = root.Value;
        if (Length(Attribute(tag, "width")) is { } w && Length(Attribute(tag, "height")) is { } h) return new ImageSize(w, h);
        var box = Attribute(tag, "viewBox")?.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (box is not { Length: 4 }) return null;
        return Number(box[2]) is { } bw && Number(box[3]) is { } bh ? new ImageSize(bw, bh) : null;
    }

    private static string? Attribute(string tag, string name)
    {
        var m = Regex.Match(tag, @"\s" + name + @"\s*=\s*(?:""([^""]*)""|'([^']*)')", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        return m.Success ? (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value) : null;
    }

    private static int? Length(string? value) =>
        value is null ? null : Number(value.Trim().EndsWith("px", StringComparison.Ordinal) ? value.Trim()[..^2] : value.Trim());

    private static int? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 100_000 ? (int)Math.Round(n) : null;

    [GeneratedRegex(@"<svg\b[^>]*>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex SvgStart();
}
