using Dossier.Diagnostics;
using Dossier.Pipeline;
using Dossier.Theme;

namespace Dossier.TemplateBench;

/// <summary>
/// The theme as the project renders it today: Dossier.Core's own ThemePipeline (Handlebars.Net 2.4.3, the configuration
/// of ThemePipeline.Compile; PlainModel dictionaries when dynamic code is not supported, i.e. under Native AOT).
/// </summary>
public sealed class HandlebarsTheme
{
    private readonly ThemePipeline _theme = new();

    public TimeSpan ReadTime { get; }

    /// <summary>ThemePipeline.Process: every layout, partial and page of theme/ compiled.</summary>
    public TimeSpan CompileTime { get; }

    public HandlebarsTheme(string themeRoot)
    {
        var diagnostics = new DiagnosticBag();
        var context = new BuildContext(Path.GetTempPath(), themeRoot, diagnostics);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        _theme.Input(context);
        ReadTime = clock.Elapsed;
        clock.Restart();
        _theme.Process(context);
        CompileTime = clock.Elapsed;
        if (diagnostics.Sorted().Any()) throw new InvalidOperationException(string.Join('\n', diagnostics.Sorted()));
    }

    public string Render(string template, object model) => _theme.Render(template, model);
}
