using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Timeline;

namespace Dossier.Tests.Units;

public sealed class ChronologicalOrderTests
{
    /// <summary>The order by its definition, comparing every pair: what the fast order must give, event for event.</summary>
    private static List<int> ByDefinition(IReadOnlyList<PartialDate> dates)
    {
        var order = new List<int>();
        var came = new bool[dates.Count];
        while (order.Count < dates.Count)
        {
            var next = Enumerable.Range(0, dates.Count).First(i => !came[i]
                && Enumerable.Range(0, dates.Count).All(j => came[j] || !dates[j].EndsBefore(dates[i])));
            came[next] = true;
            order.Add(next);
        }
        return order;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void EqualsTheOrderByDefinitionOnDatesOfEveryPrecision(int seed)
    {
        var random = new Random(seed);
        var dates = Enumerable.Range(0, 300).Select(_ =>
        {
            var text = $"{2024 + random.Next(2)}";
            if (random.Next(4) > 0) text += $"-{random.Next(1, 13):D2}";
            if (text.Length > 4 && random.Next(3) > 0) text += $"-{random.Next(1, 29):D2}";
            return PartialDate.Parse(text, SourceLocation.FileOnly("timeline.yml"), new DiagnosticBag())!.Value;
        }).ToList();
        Assert.Equal(ByDefinition(dates), ChronologicalOrder.Of(dates).ToList());
    }
}
