using System.Globalization;
using Dossier.Articles;
using Dossier.Claims;
using Dossier.Links;
using Dossier.Outlets;

namespace Dossier.Pictures;

/// <summary>
/// Which outlets each claim rests on: one column per claim (numbered as in its table), one row per outlet
/// cited by any claim, a filled cell where the claim cites an article of that outlet, and the corroboration —
/// the number of distinct outlets — beneath each column. Claims on a single outlet stand out at a glance.
/// Many claims are drawn in bands of <see cref="PerBand"/>, and at most the first <see cref="MaxClaims"/>, so the page stays light.
/// </summary>
public static class CoverageMatrix
{
    private const double LabelWidth = 150, Cell = 20, Step = 23, Top = 8, BandGap = 26;
    private const int PerBand = 40, MaxClaims = 120;

    public static Picture? Draw(string id, IReadOnlyList<Claim> all, IReadOnlyDictionary<string, Article> articles,
        IReadOnlyDictionary<string, Outlet> outlets, Func<Claim, int> corroboration, ClaimPages pages, LinkGenerator links)
    {
        var claims = all.Count > MaxClaims ? all.Take(MaxClaims).ToList() : all;
        var which = claims.Count < all.Count ? $"The first {claims.Count} of {all.Count} claims" : Pages.Format.Count(claims.Count, "claim");
        var cited = claims.Select(c => c.Cite.Where(q => articles.ContainsKey(q.ArticleId)).Select(q => articles[q.ArticleId].Meta.Outlet)
            .ToHashSet(StringComparer.Ordinal)).ToList();
        var rows = cited.SelectMany(s => s).Distinct().OrderBy(o => outlets.ContainsKey(o) ? 0 : 1)
            .ThenBy(o => Name(o, outlets), StringComparer.Ordinal).ToList();
        if (claims.Count == 0 || rows.Count == 0) return null;
        var bands = (claims.Count + PerBand - 1) / PerBand;
        var bandHeight = (rows.Count + 1) * Step + 22;
        var height = Top + bands * bandHeight + (bands - 1) * BandGap + 4;
        var single = claims.Where(c => corroboration(c) <= 1).Count();
        var width = LabelWidth + Math.Min(PerBand, claims.Count) * Step + 8;
        var svg = new Svg(id, width, height, "Coverage of the claims by outlet",
            $"{which} across {Pages.Format.Count(rows.Count, "outlet")}. A filled cell means the claim cites an article from that outlet; " +
            $"the last row counts the distinct named outlets behind each claim (an outlet that is not known is not counted). {Pages.Format.Count(single, "claim")} rest on a single named outlet or none.",
            "matrix-chart");
        for (var band = 0; band < bands; band++)
        {
            var y0 = Top + band * (bandHeight + BandGap);
            var from = band * PerBand;
            var count = Math.Min(PerBand, claims.Count - from);
            for (var r = 0; r < rows.Count; r++)
                svg.Text(LabelWidth - 8, y0 + 16 + r * Step + Cell - 5, Svg.Fit(Name(rows[r], outlets), 24), "picture-label", "end");
            svg.Text(LabelWidth - 8, y0 + 16 + rows.Count * Step + Cell - 5, "Named outlets", "picture-label picture-strong", "end");
            for (var i = 0; i < count; i++)
            {
                var index = from + i;
                var claim = claims[index];
                var x = LabelWidth + i * Step;
                var number = (index + 1).ToString(CultureInfo.InvariantCulture);
                svg.Text(x + Cell / 2, y0 + 10, number, "picture-tick", "middle");
                var total = corroboration(claim);
                svg.Link(pages.Href(links, claim.Id), $"Claim {number}: {Svg.Fit(claim.PlainText, 140)} — {Pages.Format.Count(total, "outlet")}", s =>
                {
                    for (var r = 0; r < rows.Count; r++)
                        s.Rect(x, y0 + 16 + r * Step, Cell, Cell, !cited[index].Contains(rows[r]) ? "cell cell-off"
                            : outlets.ContainsKey(rows[r]) ? "cell cell-on" : "cell cell-unknown", 2);
                    var ty = y0 + 16 + rows.Count * Step;
                    s.Rect(x, ty, Cell, Cell, total >= 2 ? "cell cell-total cell-corroborated" : "cell cell-total", 2)
                        .Text(x + Cell / 2, ty + Cell - 6, total.ToString(CultureInfo.InvariantCulture), "picture-tick picture-on-cell", "middle");
                });
            }
        }
        var table = new DataTable("Claims by the outlets they cite", ["#", "Claim", .. rows.Select(r => Name(r, outlets)), "Named outlets"],
            claims.Select((c, i) => (IReadOnlyList<TableCell>)
            [
                new TableCell((i + 1).ToString(CultureInfo.InvariantCulture), IsHeader: true),
                new TableCell(c.PlainText, pages.Href(links, c.Id)),
                .. rows.Select(r => new TableCell(!cited[i].Contains(r) ? "—" : outlets.ContainsKey(r) ? "cited" : "cited, not counted")),
                new TableCell(corroboration(c).ToString(CultureInfo.InvariantCulture)),
            ]).ToList());
        return new Picture("matrix", svg.ToString(),
            "Each column is a claim, numbered as below; a filled cell means the claim cites that outlet. Claims backed by two or more named outlets have a highlighted total; articles whose outlet is not known are shown but not counted.", table);
    }

    private static string Name(string outlet, IReadOnlyDictionary<string, Outlet> outlets) =>
        outlets.TryGetValue(outlet, out var o) ? o.Name : ArticleViews.UnknownOutletLabel;
}
