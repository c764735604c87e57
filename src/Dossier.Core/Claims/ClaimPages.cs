using Dossier.Links;
using Dossier.Pages;
using Dossier.Topics;

namespace Dossier.Claims;

/// <summary>
/// How claims.html and its continuation pages are laid out, and so on which page each claim's anchor is: by topic
/// (each claim under its first topic, then a list of the topic's other claims), then the claims with no topic.
/// Every link to a claim asks this where the claim is.
/// </summary>
public sealed class ClaimPages
{
    /// <summary>The section of the claims with no known topic.</summary>
    public const string NoTopic = "";

    /// <summary>One item of the list: a claim shown in full, or (Claim null) the links to a topic's claims filed first under another topic.</summary>
    public sealed record Entry(string Section, Claim? Claim, IReadOnlyList<Claim> AlsoHere);

    private readonly Dictionary<string, string> _pageOfClaim = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _pageOfSection = new(StringComparer.Ordinal);

    public ClaimPages(IReadOnlyList<Claim> claims, IReadOnlyDictionary<string, Topic> topics, int pageSize)
    {
        // Grouped in one pass over the claims (in file order), not one pass per topic.
        var filedUnder = new Dictionary<string, List<Claim>>(StringComparer.Ordinal);
        var alsoUnder = new Dictionary<string, List<Claim>>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            var primary = claim.Topics.Select(t => t.Id).FirstOrDefault(topics.ContainsKey) ?? NoTopic;
            Add(filedUnder, primary, claim);
            foreach (var other in claim.Topics.Select(t => t.Id).Where(t => t != primary).Distinct(StringComparer.Ordinal)) Add(alsoUnder, other, claim);
        }
        var entries = new List<Entry>();
        foreach (var topic in topics.Keys)
        {
            entries.AddRange(filedUnder.GetValueOrDefault(topic, []).Select(c => new Entry(topic, c, [])));
            if (alsoUnder.TryGetValue(topic, out var also)) entries.Add(new Entry(topic, null, also));
        }
        entries.AddRange(filedUnder.GetValueOrDefault(NoTopic, []).Select(c => new Entry(NoTopic, c, [])));
        Pages = Pagination.Split(Routes.Claims, entries, pageSize);
        foreach (var page in Pages)
            foreach (var entry in page.Items)
            {
                if (entry.Claim is not null) _pageOfClaim[entry.Claim.Id] = page.Path;
                _pageOfSection.TryAdd(entry.Section, page.Path);
            }
    }

    private static void Add(Dictionary<string, List<Claim>> groups, string key, Claim claim)
    {
        if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
        list.Add(claim);
    }

    public IReadOnlyList<ListPage<Entry>> Pages { get; }

    /// <summary>The page that shows a claim (claims.html for an id it does not know, so a link stays well-formed).</summary>
    public string PageOf(string claimId) => _pageOfClaim.GetValueOrDefault(claimId, Routes.Claims);

    /// <summary>The page where a topic's section of claims starts.</summary>
    public string PageOfSection(string topicId) => _pageOfSection.GetValueOrDefault(topicId, Routes.Claims);

    public string Href(LinkGenerator links, string claimId) => links.To(PageOf(claimId), Routes.ClaimAnchor(claimId));
}
