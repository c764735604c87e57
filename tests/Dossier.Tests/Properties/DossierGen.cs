using CsCheck;

namespace Dossier.Tests.Properties;

/// <summary>CsCheck generators of <see cref="DossierSpec"/>: small dossiers (a few of each kind) with every optional field sometimes set.</summary>
public static class DossierGen
{
    private static readonly Gen<int> Index = Gen.Int[0, 1000];
    private static Gen<int[]> Words(int min, int max) => Gen.Int[0, Vocabulary.Words.Length - 1].Array[min, max];
    private static Gen<int[]> Indexes(int max) => Index.Array[0, max];

    public static readonly Gen<QuoteSpec> Quote =
        Gen.Select(Index, Index, Index, Gen.Int[0, 6], Gen.Int[0, 2], (a, p, s, l, v) => new QuoteSpec(a, p, s, l, v));

    public static readonly Gen<CiteSpec> Cite = Gen.Select(Index, Quote.Null(0.25), (a, q) => new CiteSpec(a, q));

    public static readonly Gen<LinkSpec> Link = Gen.Select(Gen.Int[0, 3], Index, Gen.Int[0, 2], (k, t, f) => new LinkSpec(k, t, f));

    public static readonly Gen<ProseSpec> Prose = Gen.Select(Words(3, 14), Cite.Null(0.4), Link.Null(0.5), (w, c, l) => new ProseSpec(w, c, l));

    public static readonly Gen<ParagraphSpec> Paragraph =
        Gen.Select(Words(4, 16), Gen.Frequency((3, Gen.Const(-1)), (1, Index)), Gen.Int[0, 7], Gen.Int[0, 3],
            (w, e, h, b) => new ParagraphSpec(w, e, h == 0, b == 0));

    public static readonly Gen<NoteSpec> Note =
        Gen.Select(Quote, Gen.Int[0, 2], Prose, Gen.Bool, (q, k, t, d) => new NoteSpec(q, k, t, d));

    private static readonly Gen<(int Kind, int Year, int Month, int Day)> Date =
        Gen.Select(Gen.Int[0, 3], Gen.Int[2019, 2026], Gen.Int[1, 12], Gen.Int[1, 28]);

    public static readonly Gen<ArticleSpec> Article =
        Gen.Select(
            Gen.Select(Gen.Bool, Words(2, 7), Paragraph.Array[1, 7], Index, Date),
            Gen.Select(Gen.Bool, Gen.Int[0, 3], Indexes(3), Gen.Int[0, 3], Gen.Bool, Gen.Int[0, 3], Note.Array[0, 3], Gen.Int[0, 5]),
            (a, b) => new ArticleSpec(a.Item1, a.Item2, a.Item3, a.Item4, a.Item5.Kind, a.Item5.Year, a.Item5.Month, a.Item5.Day,
                b.Item1, b.Item2 == 0, b.Item3, b.Item4 == 0, b.Item5, b.Item6 == 0, b.Item7, b.Item8 == 0));

    public static readonly Gen<OutletSpec> Outlet =
        Gen.Select(Index, Gen.Int[0, 5], Gen.Bool, Gen.Bool, (n, r, u, c) => new OutletSpec(n, r, u, c));

    public static readonly Gen<EntitySpec> Entity =
        Gen.Select(Index, Gen.Int[0, 2], Gen.Bool, Gen.Bool, Prose.Null(0.4), Gen.Int[0, 3],
            (g, k, a, r, d, w) => new EntitySpec(g, k, a, r, d, w == 0));

    public static readonly Gen<TopicSpec> Topic =
        Gen.Select(Words(1, 5), Indexes(2), Prose.Array[0, 3], (t, r, b) => new TopicSpec(t, r, b));

    public static readonly Gen<ClaimSpec> Claim =
        Gen.Select(Words(3, 12), Gen.Int[1, 6], Cite.Array[1, 3], Indexes(2), Indexes(2), Gen.Frequency((3, Gen.Const(Array.Empty<int>())), (1, Indexes(2))), Link.Null(0.6),
            (w, c, cites, t, e, d, l) => new ClaimSpec(w, c, cites, t, e, d, l));

    public static readonly Gen<EventSpec> Event =
        Gen.Select(Date, Words(2, 8), Prose.Null(0.3), Indexes(2), Indexes(2), Cite.Array[0, 2],
            (d, t, x, tp, e, c) => new EventSpec(d.Kind == 3 ? 0 : d.Kind, d.Year, d.Month, d.Day, t, x, tp, e, c));

    public static readonly Gen<SiteSpec> Site =
        Gen.Select(Gen.Int[0, 3], Gen.Bool, Gen.Int[0, 4], Gen.Bool, (l, u, p, li) => new SiteSpec(l, u, p, li));

    /// <summary>A dossier of 1–6 articles, up to 4 outlets, 5 entities, 4 topics, 6 claims and 5 events.</summary>
    public static readonly Gen<DossierSpec> Dossier =
        Gen.Select(Site, Outlet.Array[0, 4], Entity.Array[0, 5], Topic.Array[0, 4], Article.Array[1, 6], Claim.Array[0, 6], Event.Array[0, 5],
            (s, o, e, t, a, c, ev) => new DossierSpec(s, o, e, t, a, c, ev));
}
