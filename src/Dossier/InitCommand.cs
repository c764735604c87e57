using System.CommandLine;
using Dossier.Pipeline;
using Dossier.Scaffolding;

namespace Dossier.Cli;

/// <summary>`dossier init DIR [--title "…"]`: writes a new dossier that builds and passes `check` at once.</summary>
public static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("dir") { Description = "The folder for the new dossier: empty, or not there yet." };
        var title = new Option<string?>("--title") { Description = $"The dossier's title (default: \"{DossierInit.DefaultTitle}\")." };
        var command = new Command("init", "Create a new dossier, with example content, a GitHub Pages workflow and a README, in an empty folder.") { folder, title };
        command.SetAction(parsed =>
        {
            var result = DossierInit.Run(parsed.GetValue(folder)!, parsed.GetValue(title));
            if (result.Problem is not null)
            {
                Console.Error.WriteLine($"dossier: nothing written: {result.Problem}");
                return CommandLine.UsageError;
            }
            var shown = BuildContext.DisplayPath(result.Folder);
            Console.WriteLine($"Created a new dossier in {shown}:");
            foreach (var file in result.Files) Console.WriteLine($"  {file}");
            Console.WriteLine($"The example content is invented: replace it. Then, in {shown}: {ProgramInfo.Command("serve")} (preview), {ProgramInfo.Command("check")}, {ProgramInfo.Command("build")}.");
            return CommandLine.Success;
        });
        return command;
    }
}
