using System.CommandLine;

namespace Dossier.Cli;

/// <summary>The command-line surface (DESIGN.md §5). Exit codes: 0 success, 1 content errors, 2 usage errors.</summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    public static int Run(string[] args)
    {
        var root = new RootCommand("Dossier: builds a cross-linked dossier website from news articles and YAML metadata.")
        {
            BuildCommand.Create(),
            CheckCommand.Create(),
            PackCommand.Create(),
            ServeCommand.Create(),
            NewCommand.Create(),
            InitCommand.Create(),
            HelpCommand.Create(),
            ThemeCommand.Create(),
        };
        // --version names the commit the program was built from, as well as its version.
        foreach (var option in root.Options.OfType<VersionOption>()) option.Action = new PrintVersion();
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) Console.Error.WriteLine($"dossier: {error.Message}");
            Console.Error.WriteLine($"Run '{ProgramInfo.Command("--help")}' for the commands and their options.");
            return UsageError;
        }
        try
        {
            // Ctrl-C is left to the command (serve stops its server and exits 0) rather than turned into exit code 130.
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            if (e is AggregateException aggregate) e = aggregate.Flatten().InnerExceptions[0];
            Console.Error.WriteLine($"dossier: internal error: {e.GetType().Name}: {e.Message}");
            Console.Error.WriteLine("This is a bug in Dossier, not in your files; the output folder was left as it was. Please report it with the command you ran.");
            return ContentErrors;
        }
    }
}

/// <summary>Prints <see cref="ProgramInfo.VersionLine"/>.</summary>
internal sealed class PrintVersion : System.CommandLine.Invocation.SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        Console.WriteLine(ProgramInfo.VersionLine);
        return CommandLine.Success;
    }
}
