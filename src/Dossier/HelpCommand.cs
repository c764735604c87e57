using System.CommandLine;

namespace Dossier.Cli;

/// <summary>`dossier help editing` (or `docs`, `errors`): where the editor's guide and the catalogue of messages are.</summary>
public static class HelpCommand
{
    private static readonly (string Topic, string File, string What)[] Guides =
    [
        ("editing", "editing.md", "The editor's guide"),
        ("docs", "editing.md", "The editor's guide"),
        ("errors", "errors.md", "Every message Dossier gives, with its cause, an example and the fix"),
    ];

    public static Command Create()
    {
        var topic = new Argument<string>("topic") { Description = "editing (or docs): the editor's guide; errors: what each message means.", DefaultValueFactory = _ => "editing" };
        var command = new Command("help", "Where the editor's guide and the catalogue of messages are.") { topic };
        command.SetAction(parsed => Run(parsed.GetValue(topic)!));
        return command;
    }

    private static int Run(string topic)
    {
        var guide = Guides.FirstOrDefault(g => g.Topic == topic);
        if (guide.File is null)
        {
            Console.Error.WriteLine($"dossier: no help on '{topic}': {Diagnostics.Suggestions.DidYouMean(topic, Guides.Select(g => g.Topic).ToList(), "topics")}");
            return CommandLine.UsageError;
        }
        var path = ProgramInfo.Guide(guide.File);
        Console.WriteLine(path is null
            ? $"{guide.What} is docs/{guide.File} in Dossier's repository; this copy of the program was installed without it."
            : $"{guide.What}: {path}");
        Console.WriteLine($"Every command and option: {ProgramInfo.Command("--help")}");
        return CommandLine.Success;
    }
}
