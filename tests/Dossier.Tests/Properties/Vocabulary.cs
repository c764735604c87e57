namespace Dossier.Tests.Properties;

/// <summary>The words random dossiers are written in: plain words, and some that quote matching must fold (’ ‑ « » capitals).</summary>
public static class Vocabulary
{
    public static readonly string[] Words =
    [
        "talks", "border", "ceasefire", "mediators", "delegation", "officials", "said", "on", "the", "a", "of", "and", "in",
        "after", "before", "round", "agreement", "truce", "monitoring", "mechanism", "militant", "groups", "written",
        "commitment", "pause", "weekend", "third", "second", "statement", "harbour", "pier", "repairs", "spring", "ferry",
        "traders", "closure", "weeks", "river", "crossing", "envoy", "summit", "deadline", "patrols", "council", "ministers",
        "pakistan’s", "tehrik‑e‑taliban", "türkiye", "doha", "istanbul", "café", "naïve", "19,000", "u.s.", "«firm»", "long‑term",
        "r&d", "don’t", "—", "2025", "x<y", "co‑operation", "élan", "kabul", "qatar’s",
    ];

    /// <summary>Words of one to five capital-started letters, for headings (a plain-text heading must be mostly letters).</summary>
    public static bool IsPlainWord(string word) => word.All(char.IsAsciiLetterLower);

    public static readonly string[] GivenNames = ["Varos", "Amrun", "Sirak", "Tulen", "Orvik", "Delia", "Marek", "Ysolde", "Konrad", "Élodie"];

    // One surname per entity (by its index), so no two entities share a name or an alias.
    public static readonly string[] Surnames = ["Kettel", "Dobrani", "Mazhar", "Quillon", "Ferrant", "Ostwick", "Brannagh", "Zelinsky"];

    public static readonly string[] OutletNames = ["Daily Ledger", "Border Post", "The Example Times", "Harbour Herald", "Evening Wire", "Río Gazette"];

    public static readonly string[] Countries = ["Pakistan", "Afghanistan", "Türkiye", "Qatar", "Nowhere"];

    public static readonly string[] Languages = ["en", "en-GB", "fr", "de"];
}
