using Dossier.Diagnostics;
using Dossier.Output;
using Dossier.Pipeline;
using HandlebarsDotNet;

namespace Dossier.Theme;

/// <summary>
/// Loads the theme: Handlebars layouts, partials and page templates (theme/layouts, theme/partials,
/// theme/pages) and the static files under theme/assets, which are copied to the site's assets/.
/// </summary>
public sealed partial class ThemePipeline : Pipeline.Pipeline
{
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _pages = new(StringComparer.Ordinal);
    private readonly List<(string Folder, string Name, InputFile File)> _templates = [];
    private readonly List<OutputFile> _assets = [];

    public override string Name => "Theme";

    public override IEnumerable<OutputFile> Outputs => _assets;

    public override void Input(BuildContext context)
    {
        var root = context.ThemeRoot;
        if (!Directory.Exists(root))
        {
            context.Diagnostics.Error(DiagnosticCodes.ThemeError, BuildContext.FileAt(root), "the theme folder does not exist", "pass --theme DIR, or restore the theme/ folder.");
            return;
        }
        foreach (var folder in new[] { "layouts", "partials", "pages" })
        {
            var dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var file in InputFolder.Read(dir, [".hbs"], context.Diagnostics, "template"))
                _templates.Add((folder, Path.GetFileNameWithoutExtension(file.FullPath), file));
        }
        var assets = Path.Combine(root, "assets");
        if (!Directory.Exists(assets)) return;
        foreach (var path in Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(assets, path).Replace('\\', '/');
            _assets.Add(new OutputFile(Links.Routes.Asset(relative), File.ReadAllBytes(path)));
        }
    }

    public override void Process(BuildContext context)
    {
        // Compiling templates costs more than rendering a small site: a preview session compiles them once per version of the theme.
        var key = string.Join('|', _templates.Select(t => t.File.FullPath + "#" + t.File.Sha256));
        var compiled = context.Cache is { } cache && !_templates.Any(t => t.File.Text.Length == 0)
            ? cache.GetOrAdd(key, () => Compile(_templates))
            : Compile(_templates);
        foreach (var diagnostic in compiled.Diagnostics.Sorted()) context.Diagnostics.Add(diagnostic);
        foreach (var (name, template) in compiled.Pages) _pages[name] = template;
        foreach (var required in new[] { "layouts/base" })
            if (!_pages.ContainsKey(required) && Directory.Exists(context.ThemeRoot))
                context.Diagnostics.Error(DiagnosticCodes.ThemeError, BuildContext.FileAt(Path.Combine(context.ThemeRoot, required + ".hbs")),
                    "the theme has no base layout", "restore theme/layouts/base.hbs.");
    }

    /// <summary>
    /// Handlebars.Net 2.4.3 renders a partial called on an indented line ("  {{> list}}") through its indenting
    /// writer, which drops the HTML escaping of everything inside. Removing that indentation keeps every
    /// {{value}} escaped, whatever the theme's layout of its files.
    /// </summary>
    private static string Unindent(string template) => IndentedPartial().Replace(template, "");

    [System.Text.RegularExpressions.GeneratedRegex(@"(?m)^[ \t]+(?=\{\{~?#?>)")]
    private static partial System.Text.RegularExpressions.Regex IndentedPartial();

    /// <summary>Renders a page template; the caller wraps it in the layout.</summary>
    public string Render(string template, object model)
    {
        if (!_pages.TryGetValue(template, out var compiled))
            throw new InvalidOperationException($"theme has no template '{template}'");
        return compiled(System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported ? model : PlainModel.From(model)!);
    }

    /// <summary>The bytes of a file under theme/assets, by its path there.</summary>
    public byte[]? Asset(string relativePath) => _assets.FirstOrDefault(a => a.Path == Links.Routes.Asset(relativePath))?.Bytes;

    private sealed record CompiledTheme(Dictionary<string, HandlebarsTemplate<object, object>> Pages, DiagnosticBag Diagnostics);

    private static CompiledTheme Compile(IReadOnlyList<(string Folder, string Name, InputFile File)> templates)
    {
        var diagnostics = new DiagnosticBag();
        var pages = new Dictionary<string, HandlebarsTemplate<object, object>>(StringComparer.Ordinal);
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        foreach (var (_, name, file) in templates.Where(t => t.Folder == "partials"))
            // A partial's file ends with a newline that is not part of it: kept, it would follow every use of the partial.
            Try(diagnostics, file, () => handlebars.RegisterTemplate(name, Unindent(file.Text).TrimEnd('\n', '\r')));
        foreach (var (folder, name, file) in templates.Where(t => t.Folder != "partials"))
            Try(diagnostics, file, () => pages[folder + "/" + name] = handlebars.Compile(Unindent(file.Text)));
        return new CompiledTheme(pages, diagnostics);
    }

    private static void Try(DiagnosticBag diagnostics, InputFile file, Action compile)
    {
        try
        {
            compile();
        }
        catch (HandlebarsException e)
        {
            diagnostics.Error(DiagnosticCodes.ThemeError, file.At(), $"template error: {e.Message}", "fix the Handlebars syntax of this template.");
        }
    }
}
