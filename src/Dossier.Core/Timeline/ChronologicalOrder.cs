using Dossier.Content;

namespace Dossier.Timeline;

/// <summary>
/// The order of the timeline: a topological sort of "ends before it begins", taking the earliest event of the file
/// whenever several may come next. An event may come once every event that ends before it begins has come; those
/// are a prefix of the events in order of their last day, so it is enough to follow how long a prefix of that order
/// has come. n log n: comparing every pair made 200 million comparisons for the 10,000 events of the
/// 100,000-article benchmark corpus.
/// </summary>
public static class ChronologicalOrder
{
    /// <summary>The indexes of <paramref name="dates"/> in timeline order.</summary>
    public static IEnumerable<int> Of(IReadOnlyList<PartialDate> dates)
    {
        var byLast = Enumerable.Range(0, dates.Count).OrderBy(i => dates[i].Span.Last).ToArray();
        var lasts = byLast.Select(i => dates[i].Span.Last).ToArray();
        // How many events end before each one begins: it may come once that many of byLast have come.
        var before = dates.Select(d => LowerBound(lasts, d.Span.First)).ToArray();
        var byBefore = Enumerable.Range(0, dates.Count).OrderBy(i => before[i]).ToArray();
        var came = new bool[dates.Count];
        var ready = new PriorityQueue<int, int>();
        int prefix = 0, released = 0;
        while (true)
        {
            while (released < byBefore.Length && before[byBefore[released]] <= prefix)
            {
                ready.Enqueue(byBefore[released], byBefore[released]);
                released++;
            }
            if (!ready.TryDequeue(out var next, out _)) yield break;
            yield return next;
            came[next] = true;
            while (prefix < byLast.Length && came[byLast[prefix]]) prefix++;
        }
    }

    /// <summary>How many of the sorted values are less than <paramref name="value"/>.</summary>
    private static int LowerBound(int[] sorted, int value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle] < value) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
