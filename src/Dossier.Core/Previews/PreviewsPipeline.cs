using Dossier.Output;
using Dossier.Pipeline;
using Dossier.References;

namespace Dossier.Previews;

/// <summary>Writes the link-preview files (assets/previews/N.js) that every page shares.</summary>
public sealed class PreviewsPipeline(DossierContent content) : Pipeline.Pipeline
{
    private readonly List<OutputFile> _files = [];

    public override string Name => "Previews";

    public override IReadOnlyList<Pipeline.Pipeline> Dependencies => content.All;

    public override IEnumerable<OutputFile> Outputs => _files;

    public override void PostProcess(BuildContext context)
    {
        if (content.Site.Config is null || context.Diagnostics.HasErrors) return;
        _files.AddRange(content.Previews.Scripts());
    }
}
