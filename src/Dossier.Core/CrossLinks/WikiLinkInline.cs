using Markdig.Syntax.Inlines;

namespace Dossier.CrossLinks;

/// <summary>[[id]], [[label|id]] or [[kind:id]]: a link to an entity, topic, article or claim by its id.</summary>
public sealed class WikiLinkInline : LeafInline
{
    public required string Id { get; init; }
    public string? Label { get; init; }

    /// <summary>entity, topic, article or claim, when the editor named it to tell apart two things with one id.</summary>
    public string? Kind { get; init; }
}
