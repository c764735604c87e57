namespace Dossier.Tests.Properties;

/// <summary>
/// Crashes already known and being fixed elsewhere, which the mutation properties count rather than fail on while
/// <see cref="FeedCrashTolerated"/> is true. The generators still make the inputs that trigger them.
/// </summary>
public static class KnownIssues
{
    /// <summary>
    /// A control character or a noncharacter (U+0007, U+FFFE …) in a title crashes the feed writer (XmlWriter:
    /// "'\a', hexadecimal value 0x07, is an invalid character") with "internal error". Set to false once that fix is merged.
    /// </summary>
    public const bool FeedCrashTolerated = true;

    public static bool IsFeedCrash(Exception e) =>
        FeedCrashTolerated && e is ArgumentException && e.Message.Contains("is an invalid character", StringComparison.Ordinal)
        && (e.StackTrace ?? "").Contains("System.Xml", StringComparison.Ordinal);

    /// <summary>
    /// A page that holds U+FFFF (a noncharacter in a date note, say, of a dossier without site_url: Found/noncharacter-in-pages.md).
    /// AngleSharp stops reading at U+FFFF, so such a page cannot be link-checked.
    /// </summary>
    public static bool HasNoncharacterPage(IEnumerable<Dossier.Output.OutputFile> files) =>
        FeedCrashTolerated && files.Any(f => f.IsHtml && f.Span.IndexOf("\uFFFF"u8) >= 0);

    public static bool IsFeedCrash(string stderr) =>
        FeedCrashTolerated && stderr.Contains("internal error: ArgumentException: ", StringComparison.Ordinal)
        && stderr.Contains("is an invalid character", StringComparison.Ordinal);
}
