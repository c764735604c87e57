using Dossier.Citations;
using Dossier.Links;
using Dossier.Markdown;
using Dossier.References;

namespace Dossier.Timeline;

/// <summary>How an event is shown on the timeline and on topic and entity pages.</summary>
public sealed class EventViews(DossierContent content, CitationIndex citations, IReferenceResolver resolver)
{
    public EventView View(TimelineEvent e, LinkGenerator links, bool withAnchor = false)
    {
        var context = new MarkdownRenderContext(links, resolver);
        var text = e.Text.IsEmpty ? null : e.Text.RenderBlock(context);
        return new EventView(
            Anchor: withAnchor ? e.Anchor : null,
            Href: content.EventPages.Href(links, e),
            e.Title,
            Date: e.Date.Display,
            DateIso: e.Date.Iso,
            TextHtml: text,
            Sources: CitationViews.Numbered(context),
            Quotes: CitationViews.Quotes(e.Cite, citations, content.Articles.ById, content.Outlets.Outlets, links),
            Topics: e.Topics.Where(t => content.Topics.Topics.ContainsKey(t.Id))
                .Select(t => new Pages.TitleLink(content.Topics.Topics[t.Id].Title, links.To(Routes.Topic(t.Id)))).ToList(),
            Entities: e.Entities.Where(x => content.Entities.Entities.ContainsKey(x.Id))
                .Select(x => new Pages.TitleLink(content.Entities.Entities[x.Id].Name, links.To(Routes.Entity(x.Id)))).ToList());
    }
}
