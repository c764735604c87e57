using System.CommandLine;
using Dossier.Cli.Serve;
using Dossier.Pipeline;
using Dossier.Serve;

namespace Dossier.Cli;

/// <summary>`dossier serve`: builds, serves on 127.0.0.1, rebuilds on every save and reloads open pages; errors show in the terminal and over the page.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var theme = CommonOptions.Theme();
        var output = new Option<string?>("--output") { Description = "Also write each good build to this folder (by default the preview lives in memory)." };
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1.", DefaultValueFactory = _ => 8080 };
        var basePath = new Option<string>("--base") { Description = "Serve under this path, as GitHub Pages serves a project site (e.g. /repo/).", DefaultValueFactory = _ => "/" };
        var command = new Command("serve", "Preview the site on 127.0.0.1, rebuilding and reloading on every change.") { input, output, port, basePath, theme };
        command.SetAction((parsed, stop) => Run(parsed.GetValue(input)!, CommonOptions.ResolveTheme(parsed.GetValue(input)!, parsed.GetValue(theme)),
            parsed.GetValue(output), parsed.GetValue(port), parsed.GetValue(basePath)!, stop));
        return command;
    }

    private static async Task<int> Run(string input, string theme, string? output, int port, string basePath, CancellationToken stop)
    {
        if (port is < 1 or > 65535)
        {
            Console.Error.WriteLine($"dossier: --port must be between 1 and 65535, not {port}.");
            return CommandLine.UsageError;
        }
        if (output is not null && BuildCommand.OutputFolderProblem(input, output, theme) is { } problem)
        {
            Console.Error.WriteLine($"dossier: {problem}");
            return CommandLine.UsageError;
        }
        if (!Directory.Exists(input))
        {
            Console.Error.WriteLine($"dossier: the input folder '{input}' does not exist: run the command in the dossier's folder (the one holding input/) or below it, or pass --input DIR; to start a dossier, run `{ProgramInfo.Command("init DIR")}`.");
            return CommandLine.UsageError;
        }
        var normalizedBase = "/" + basePath.Trim('/') + "/";
        if (normalizedBase == "//") normalizedBase = "/";
        var session = new PreviewSession(input, theme, output);
        session.Changed += state => Report(state);
        session.Rebuild();
        using var watcher = new FolderWatcher([input, theme, Dossier.Theme.ThemeFiles.OverrideFolderFor(input)], TimeSpan.FromMilliseconds(80), () => session.Rebuild());
        var server = new PreviewServer(session, normalizedBase);
        try
        {
            await server.RunAsync(port,
                () => Console.WriteLine($"Serving {BuildContext.DisplayPath(Path.GetFullPath(input))} at http://127.0.0.1:{port}{normalizedBase} — press Ctrl-C to stop."),
                stop);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"dossier: cannot listen on 127.0.0.1:{port}: {e.Message}");
            return CommandLine.UsageError;
        }
        Console.WriteLine("Stopped.");
        return CommandLine.Success;
    }

    private static void Report(PreviewState state)
    {
        if (state.Errors.Count == 0)
        {
            Console.WriteLine(state.CheckTime is { } checkTime
                ? $"Checked all {state.Files.Count} files and their links in {checkTime.TotalMilliseconds:F0} ms (version {state.Version})."
                : $"Built in {state.BuildTime.TotalMilliseconds:F0} ms (version {state.Version}); pages are made as they are asked for.");
            return;
        }
        DiagnosticPrinter.Print(state.Errors, "text");
        Console.Error.WriteLine(state.CheckTime is null
            ? $"Build failed: {DiagnosticPrinter.Count(state.Errors)}. Still serving the last good build."
            : $"Link check failed: {DiagnosticPrinter.Count(state.Errors)}. Serving this build; fix the links above.");
    }
}
