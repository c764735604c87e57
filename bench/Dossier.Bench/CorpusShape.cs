namespace Dossier.Bench;

/// <summary>
/// The proportions of a generated corpus. Two shapes, so that a change which only suits one kind of dossier
/// shows: <c>bench</c> (mid-length articles dense with entity mentions, many claims) and <c>sparse</c> (mostly
/// short articles with some very long ones, few mentions, many topics, few claims and events).
/// </summary>
public sealed record CorpusShape(
    string Name,
    string Description,
    int Topics,
    int MaxTopicsPerArticle,
    int Entities,
    int MinWords,
    int MaxWords,
    int LongEvery,
    int LongMinWords,
    int LongMaxWords,
    int NameOneIn,
    int AliasOneIn,
    int ArticlesPerClaim,
    int ArticlesPerEvent)
{
    public static readonly CorpusShape Bench = new("bench",
        "600–900 words, 1–3 of 20 topics, 200 entities mentioned by name in 1 sentence of 3 and by alias in 1 of 4, N/5 claims, N/10 events",
        Topics: 20, MaxTopicsPerArticle: 3, Entities: 200, MinWords: 600, MaxWords: 900, LongEvery: 0, LongMinWords: 0, LongMaxWords: 0,
        NameOneIn: 3, AliasOneIn: 4, ArticlesPerClaim: 5, ArticlesPerEvent: 10);

    public static readonly CorpusShape Sparse = new("sparse",
        "150–400 words (1 in 10: 2,000–3,000), 1–5 of 300 topics, 1,000 entities mentioned by name in 1 sentence of 20 and by alias in 1 of 50, N/50 claims, N/40 events",
        Topics: 300, MaxTopicsPerArticle: 5, Entities: 1000, MinWords: 150, MaxWords: 400, LongEvery: 10, LongMinWords: 2000, LongMaxWords: 3000,
        NameOneIn: 20, AliasOneIn: 50, ArticlesPerClaim: 50, ArticlesPerEvent: 40);

    public static IReadOnlyList<CorpusShape> All { get; } = [Bench, Sparse];

    public static CorpusShape Named(string name) =>
        All.FirstOrDefault(s => s.Name == name) ?? throw new ArgumentException($"unknown shape '{name}' (known: {string.Join(", ", All.Select(s => s.Name))})");
}
