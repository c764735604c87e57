using Dossier.Articles;
using Dossier.Claims;
using Dossier.Entities;
using Dossier.Outlets;
using Dossier.Site;
using Dossier.Theme;
using Dossier.Timeline;
using Dossier.Topics;

namespace Dossier.References;

/// <summary>The pipelines that read the dossier's content, handed as one to the pipelines that work across it.</summary>
public sealed record DossierContent(
    SitePipeline Site,
    ThemePipeline Theme,
    OutletsPipeline Outlets,
    TopicsPipeline Topics,
    ArticlesPipeline Articles,
    EntitiesPipeline Entities,
    TimelinePipeline Timeline,
    ClaimsPipeline Claims)
{
    /// <summary>The files of input/media/, published as media/….</summary>
    public Media.MediaPipeline Media { get; } = new(Site);

    public IReadOnlyList<Pipeline.Pipeline> All => [Site, Theme, Outlets, Topics, Articles, Entities, Timeline, Claims, Media];

    private Previews.LinkPreviews? _previews;
    private ClaimPages? _claimPages;
    private EventPages? _eventPages;

    /// <summary>page_size, once dossier.yml is read (the default when it could not be).</summary>
    public int PageSize => Site.Config?.PageSize ?? SiteConfig.DefaultPageSize;

    /// <summary>Where each claim is among the pages of claims.html; made once the content is read.</summary>
    public ClaimPages ClaimPages => LazyInitializer.EnsureInitialized(ref _claimPages, () => new ClaimPages(Claims.Claims, Topics.Topics, PageSize));

    /// <summary>Where each event is among the pages of timeline.html; made once the content is read.</summary>
    public EventPages EventPages => LazyInitializer.EnsureInitialized(ref _eventPages, () => new EventPages(Timeline.Events, PageSize));

    /// <summary>The link previews of every entity, topic and article page; made once the content is read.</summary>
    public Previews.LinkPreviews Previews => LazyInitializer.EnsureInitialized(ref _previews, () => Dossier.Previews.LinkPreviews.From(this));
}
