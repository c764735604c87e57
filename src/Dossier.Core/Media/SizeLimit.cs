using System.Globalization;

namespace Dossier.Media;

/// <summary>dossier.yml's media_size_limit: a number of bytes, or a number with B, KB or MB (powers of 1024).</summary>
public static class SizeLimit
{
    public const long Default = 10L * 1024 * 1024;

    public static long? Parse(string text)
    {
        var t = text.Trim();
        var unit = t.Length - t.TrimEnd("KMBkmb ".ToCharArray()).Length;
        var (number, suffix) = (t[..^unit].Trim(), t[^unit..].Trim().ToUpperInvariant());
        long factor = suffix switch { "" or "B" => 1, "KB" => 1024, "MB" => 1024 * 1024, _ => 0 };
        if (factor == 0 || !decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) || n <= 0 || n > 1_000_000)
            return null;
        return (long)Math.Round(n * factor);
    }
}
