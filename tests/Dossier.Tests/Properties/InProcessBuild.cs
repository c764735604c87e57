using Dossier.Build;
using Dossier.Output;
using Dossier.Tests.Support;

namespace Dossier.Tests.Properties;

/// <summary>A build run in this process into memory (no CLI, no staging), with the per-build time limit: a hang is a failure too.</summary>
public static class InProcessBuild
{
    public static (BuildResult Result, MemoryOutput Output) Run(string input)
    {
        var output = new MemoryOutput();
        var build = Task.Run(() => DossierBuild.Run(input, Repo.Theme, output));
        if (Task.WaitAny([build], PropertyRuns.BuildTimeout) < 0)
            throw new TimeoutException($"the build of {input} did not finish in {PropertyRuns.BuildTimeout.TotalSeconds:F0} s");
        try
        {
            return (build.GetAwaiter().GetResult(), output);
        }
        catch (AggregateException e)
        {
            // The pages render in parallel: the first failure is the one to see, as the CLI reports it.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.Flatten().InnerExceptions[0]);
            throw;
        }
    }

    /// <summary>Every error and warning as the CLI prints it.</summary>
    public static string Text(BuildResult result) => string.Join("\n", result.Diagnostics.Select(d => d.ToString()));
}
