using System.CommandLine;
using Dossier.Diagnostics;
using Dossier.Pipeline;
using Dossier.Theme;

namespace Dossier.Cli;

/// <summary>
/// `dossier theme list | eject PATH`: the built-in theme's files, and a copy of one into the dossier's theme/ folder,
/// where it replaces the built-in file (ThemeFiles).
/// </summary>
public static class ThemeCommand
{
    public static Command Create()
    {
        var command = new Command("theme", "List the built-in theme's files, or copy one into the dossier's theme/ folder to change it.");

        var listInput = CommonOptions.Input();
        var list = new Command("list", "Print the built-in theme's files, marking those the dossier's theme/ folder replaces.") { listInput };
        list.SetAction(parsed => List(parsed.GetValue(listInput)!));

        var ejectInput = CommonOptions.Input();
        var path = new Argument<string>("path") { Description = "A file of the built-in theme, as `theme list` prints it, e.g. layouts/base.liquid." };
        var eject = new Command("eject", "Copy a built-in theme file into the dossier's theme/ folder (never overwrites).") { path, ejectInput };
        eject.SetAction(parsed => Eject(parsed.GetValue(ejectInput)!, parsed.GetValue(path)!));

        command.Subcommands.Add(list);
        command.Subcommands.Add(eject);
        return command;
    }

    private static int List(string input)
    {
        var files = ThemeFiles.For(input, ThemeFiles.Shipped);
        var builtIn = files.BuiltInFiles();
        if (builtIn.Count == 0)
        {
            Console.Error.WriteLine($"dossier: the built-in theme was not found at {ThemeFiles.Shipped}.");
            return CommandLine.ContentErrors;
        }
        var overridden = files.OverrideFiles().ToHashSet(StringComparer.Ordinal);
        var width = builtIn.Max(f => f.Length);
        foreach (var file in builtIn)
            Console.WriteLine(overridden.Contains(file)
                ? $"{file.PadRight(width)}  (overridden by {Shown(Path.Combine(files.Override!, file))})"
                : file);
        foreach (var extra in overridden.Where(f => !builtIn.Contains(f)).Order(StringComparer.Ordinal))
            Console.WriteLine($"{extra.PadRight(width)}  (added by {Shown(Path.Combine(files.Override!, extra))})");
        return CommandLine.Success;
    }

    private static int Eject(string input, string path)
    {
        var files = ThemeFiles.For(input, ThemeFiles.Shipped);
        var builtIn = files.BuiltInFiles();
        var relative = path.Replace('\\', '/').TrimStart('/');
        if (relative.StartsWith("theme/", StringComparison.Ordinal)) relative = relative["theme/".Length..];
        if (!builtIn.Contains(relative, StringComparer.Ordinal))
        {
            Console.Error.WriteLine($"dossier: nothing written: the built-in theme has no file '{path}'; {Suggestions.DidYouMean(relative, builtIn, "theme files")} Run 'dossier theme list' for them all.");
            return CommandLine.UsageError;
        }
        var folder = ThemeFiles.OverrideFolderFor(input);
        if (folder == files.BuiltIn)
        {
            Console.Error.WriteLine($"dossier: nothing written: {Shown(folder)} is a whole theme (it holds {ThemeFiles.WholeThemeMarker}), used as the built-in theme; change the file there.");
            return CommandLine.UsageError;
        }
        var target = Path.Combine(folder, relative.Replace('/', Path.DirectorySeparatorChar));
        if (File.Exists(target))
        {
            Console.Error.WriteLine($"dossier: nothing written: {Shown(target)} already exists; change it there, or delete it to eject the built-in file again.");
            return CommandLine.UsageError;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(Path.Combine(files.BuiltIn, relative.Replace('/', Path.DirectorySeparatorChar)), target);
        Console.WriteLine($"Created {Shown(target)}, a copy of the built-in {relative}. Change it; it replaces the built-in file in every build.");
        return CommandLine.Success;
    }

    private static string Shown(string path) => BuildContext.DisplayPath(Path.GetFullPath(path));
}
