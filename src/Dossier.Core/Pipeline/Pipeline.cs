namespace Dossier.Pipeline;

/// <summary>
/// One pipeline of a build, in Statiq's spirit: it reads its files in the Input phase, turns each into an
/// immutable record in Process, and in PostProcess — when every pipeline has processed — does the work that
/// needs the whole dossier (cross-references, pages). Pipelines run concurrently; a pipeline's phase starts
/// only when the same phase of each of its dependencies has finished.
/// </summary>
public abstract class Pipeline
{
    public abstract string Name { get; }

    public virtual IReadOnlyList<Pipeline> Dependencies => [];

    public virtual void Input(BuildContext context) { }

    public virtual void Process(BuildContext context) { }

    public virtual void PostProcess(BuildContext context) { }

    /// <summary>The files this pipeline produces, ready after PostProcess.</summary>
    public virtual IEnumerable<Output.OutputFile> Outputs => [];

    /// <summary>Work done off the workers' files (on a thread of its own), by name, with the time it took: reported with the Output phase.</summary>
    public virtual IEnumerable<(string Group, TimeSpan Time)> BackgroundWork => [];

    /// <summary>The same files, each made when first asked for (pages are rendered lazily in a preview session).</summary>
    public virtual IEnumerable<Output.PendingFile> Pending => Outputs.Select(f => new Output.PendingFile(f, Name));
}
