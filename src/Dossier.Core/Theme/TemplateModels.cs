using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Dossier.Theme;

/// <summary>
/// Which record each layout and page template is rendered with: each pipeline declares its own (a static
/// <c>Templates</c> list beside its code); the theme checks every template's bindings against these types and
/// registers every record they reach with Fluid.
/// </summary>
public static class TemplateModels
{
    public static IReadOnlyList<(string Template, Type Model)> All { get; } =
    [
        .. Pages.PageRenderer.Templates,
        .. Home.HomePagePipeline.Templates,
        .. Articles.ArticlePagesPipeline.Templates,
        .. Topics.TopicPagesPipeline.Templates,
        .. Entities.EntityPagesPipeline.Templates,
        .. Timeline.TimelinePagePipeline.Templates,
        .. Claims.ClaimsPagePipeline.Templates,
        .. Claims.ClaimPagePipeline.Templates,
        .. Corrections.CorrectionsPagePipeline.Templates,
        .. Methodology.MethodologyPagePipeline.Templates,
        .. Sources.SourcesPagePipeline.Templates,
        .. Search.SearchIndexPipeline.Templates,
        .. Data.DataPagePipeline.Templates,
        .. Site.NotFoundPagePipeline.Templates,
        .. Print.PrintPipeline.Templates,
    ];

    /// <summary>The model records and every record their members reach (through lists and nullable values).</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "An AOT build keeps Dossier.Core whole (TrimmerRootAssembly): every model record keeps its properties.")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "As above.")]
    public static IReadOnlyList<Type> RecordTypes()
    {
        var seen = new List<Type>();
        var queue = new Queue<Type>(All.Select(t => t.Model));
        while (queue.TryDequeue(out var type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type == typeof(string) || type.IsPrimitive || type.IsEnum || seen.Contains(type)) continue;
            if (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type))
            {
                foreach (var argument in type.GetGenericArguments()) queue.Enqueue(argument);
                continue;
            }
            if (type.IsArray)
            {
                queue.Enqueue(type.GetElementType()!);
                continue;
            }
            if (type.Namespace?.StartsWith("Dossier", StringComparison.Ordinal) != true) continue;
            seen.Add(type);
            foreach (var property in type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
                if (property.GetIndexParameters().Length == 0) queue.Enqueue(property.PropertyType);
        }
        return seen;
    }
}
