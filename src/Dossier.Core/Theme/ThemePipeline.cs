using Dossier.Diagnostics;
using Dossier.Output;
using Dossier.Pipeline;
using Fluid;

namespace Dossier.Theme;

/// <summary>
/// Loads the theme: Liquid layouts, partials and page templates (theme/layouts, theme/partials, theme/pages, each a
/// .liquid file) and the static files under theme/assets, which are copied to the site's assets/. Every template is
/// checked against the record type of its model (<see cref="TemplateModels"/>) before anything is rendered: a
/// misspelt binding is an error located in its template, not an empty spot on a page.
/// </summary>
public sealed class ThemePipeline : Pipeline.Pipeline
{
    public const string Extension = ".liquid";

    private readonly List<(string Folder, string Name, InputFile File)> _templates = [];
    private readonly List<OutputFile> _assets = [];
    private CompiledTheme? _compiled;

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
        // A template of the dossier's theme/ folder replaces the built-in one of the same name (ThemeFiles).
        foreach (var folder in new[] { "layouts", "partials", "pages" })
        {
            var byName = new SortedDictionary<string, InputFile>(StringComparer.Ordinal);
            foreach (var themeRoot in context.ThemeFiles.Roots())
                foreach (var file in InputFolder.Read(Path.Combine(themeRoot, folder), [Extension], context.Diagnostics, "template"))
                    byName[Path.GetFileNameWithoutExtension(file.FullPath)] = file;
            foreach (var (name, file) in byName) _templates.Add((folder, name, file));
        }
        foreach (var (relative, path) in context.ThemeFiles.Merged("assets"))
            if (!SpecialFile.Refused(path, context.Diagnostics))
                _assets.Add(new OutputFile(Links.Routes.Asset(relative["assets/".Length..]), File.ReadAllBytes(path)));
    }

    public override void Process(BuildContext context)
    {
        // Parsing and checking the templates costs more than rendering a small site: a preview session does it once per version of the theme.
        var key = string.Join('|', _templates.Select(t => t.File.FullPath + "#" + t.File.Sha256));
        var compiled = context.Cache is { } cache && !_templates.Any(t => t.File.Text.Length == 0)
            ? cache.GetOrAdd(key, () => CompiledTheme.Compile(_templates))
            : CompiledTheme.Compile(_templates);
        foreach (var diagnostic in compiled.Diagnostics.Sorted()) context.Diagnostics.Add(diagnostic);
        _compiled = compiled;
        foreach (var required in new[] { "layouts/base" })
            if (!compiled.Pages.ContainsKey(required) && Directory.Exists(context.ThemeRoot))
                context.Diagnostics.Error(DiagnosticCodes.ThemeError, BuildContext.FileAt(Path.Combine(context.ThemeRoot, required + Extension)),
                    "the theme has no base layout", "restore theme/layouts/base" + Extension + ".");
    }

    /// <summary>Renders a page template (or the layout); the caller wraps a page in the layout.</summary>
    public string Render(string template, object model) =>
        Template(template).Render(new TemplateContext(model, _compiled!.Options), ThemeHtmlEncoder.Instance);

    /// <summary>Renders a template straight into <paramref name="writer"/>.</summary>
    public void Render(string template, object model, TextWriter writer) =>
        Template(template).RenderAsync(writer, new TemplateContext(model, _compiled!.Options), ThemeHtmlEncoder.Instance, isolateContext: true).GetAwaiter().GetResult();

    private Fluid.IFluidTemplate Template(string template) =>
        _compiled is not null && _compiled.Pages.TryGetValue(template, out var parsed) ? parsed
            : throw new InvalidOperationException($"theme has no template '{template}'");

    /// <summary>The bytes of a file under theme/assets, by its path there.</summary>
    public ReadOnlyMemory<byte>? Asset(string relativePath) => _assets.FirstOrDefault(a => a.Path == Links.Routes.Asset(relativePath))?.Bytes;
}
