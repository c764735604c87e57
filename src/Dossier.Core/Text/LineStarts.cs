using System.Runtime.CompilerServices;

namespace Dossier.Text;

/// <summary>
/// Where each line of a file's text starts, found once per text: positions in a YAML list of 25,000 claims were
/// found by counting lines from the top of the file for each claim, which made reading it quadratic.
/// </summary>
public static class LineStarts
{
    private static readonly ConditionalWeakTable<string, int[]> Known = new();

    /// <summary>The offset of each line's first character; the first line starts at 0.</summary>
    public static int[] Of(string text) => Known.GetValue(text, static t =>
    {
        var starts = new List<int> { 0 };
        for (var i = t.IndexOf('\n'); i >= 0; i = t.IndexOf('\n', i + 1)) starts.Add(i + 1);
        return starts.ToArray();
    });

    /// <summary>The 1-based line and column of <paramref name="offset"/> in <paramref name="text"/>, as messages give them.</summary>
    public static (int Line, int Column) PositionOf(string text, int offset)
    {
        var starts = Of(text);
        var line = LineOf(starts, offset);
        return (line + 1, offset - starts[line] + 1);
    }

    /// <summary>The 0-based line holding <paramref name="offset"/>.</summary>
    public static int LineOf(int[] starts, int offset)
    {
        var found = Array.BinarySearch(starts, offset);
        return found >= 0 ? found : ~found - 1;
    }
}
