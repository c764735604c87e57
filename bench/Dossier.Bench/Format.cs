using System.Globalization;

namespace Dossier.Bench;

internal static class Format
{
    public static string Seconds(TimeSpan t) => t.TotalSeconds >= 1 ? $"{t.TotalSeconds,6:F2} s" : $"{t.TotalMilliseconds,6:F0} ms";
    public static string Mb(long bytes) => $"{bytes / (1024 * 1024)} MB";
    public static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
