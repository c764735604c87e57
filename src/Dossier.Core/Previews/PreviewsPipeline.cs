using Dossier.Output;
using Dossier.Pipeline;
using Dossier.References;

namespace Dossier.Previews;

/// <summary>Writes the link-preview files (assets/previews/N.js) that every page shares.</summary>
public sealed class PreviewsPipeline(DossierContent content) : Pipeline.Pipeline
{
    private readonly List<PendingFile> _files = [];

    public override string Name => "Previews";

    public override IReadOnlyList<Pipeline.Pipeline> Dependencies => content.All;

    public override IEnumerable<OutputFile> Outputs => _files.Select(f => f.File);

    // Made when asked for, like pages: a preview session serves the edited page before 10,000 previews are gathered.
    public override IEnumerable<PendingFile> Pending => _files;

    public override void PostProcess(BuildContext context)
    {
        if (content.Site.Config is null || context.Diagnostics.HasErrors) return;
        var previews = content.Previews;
        for (var n = 0; n < previews.Files; n++)
        {
            var file = n;
            _files.Add(new PendingFile(LinkPreviews.PathOf(file), () => previews.Script(file), Name));
        }
    }
}
