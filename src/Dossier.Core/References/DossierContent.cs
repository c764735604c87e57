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
    public IReadOnlyList<Pipeline.Pipeline> All => [Site, Theme, Outlets, Topics, Articles, Entities, Timeline, Claims];

    private Previews.LinkPreviews? _previews;

    /// <summary>The link previews of every entity, topic and article page; made once the content is read.</summary>
    public Previews.LinkPreviews Previews => LazyInitializer.EnsureInitialized(ref _previews, () => Dossier.Previews.LinkPreviews.From(this));
}
