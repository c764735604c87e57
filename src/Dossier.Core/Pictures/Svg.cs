using System.Globalization;
using System.Net;
using System.Text;

namespace Dossier.Pictures;

/// <summary>
/// Writes inline SVG by hand: numbers in one invariant form (so the same input gives the same bytes), text
/// escaped, colours only through classes (the page's stylesheet, light or dark, colours them; a
/// Content-Security-Policy without 'unsafe-inline' forbids style attributes).
/// </summary>
public sealed class Svg
{
    private readonly StringBuilder _out = new();

    /// <summary>Opens the picture: its title and description name it for assistive technology and show on hover.</summary>
    public Svg(string id, double width, double height, string title, string description, string cssClass)
    {
        _out.Append($"<svg class=\"picture-svg {cssClass}\" viewBox=\"0 0 {N(width)} {N(height)}\" width=\"{N(width)}\" height=\"{N(height)}\" ")
            .Append($"role=\"group\" aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">")
            .Append($"<title id=\"{id}-title\">{Escape(title)}</title><desc id=\"{id}-desc\">{Escape(description)}</desc>");
    }

    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    public Svg Raw(string markup)
    {
        _out.Append(markup);
        return this;
    }

    public Svg Line(double x1, double y1, double x2, double y2, string cssClass, double? width = null) =>
        Raw($"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" class=\"{cssClass}\"{(width is { } w ? $" stroke-width=\"{N(w)}\"" : "")}/>");

    public Svg Rect(double x, double y, double width, double height, string cssClass, double radius = 0, double? opacity = null) =>
        Raw($"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(width)}\" height=\"{N(height)}\"{(radius > 0 ? $" rx=\"{N(radius)}\"" : "")} class=\"{cssClass}\"" +
            $"{(opacity is { } o ? $" fill-opacity=\"{o.ToString("0.##", CultureInfo.InvariantCulture)}\"" : "")}/>");

    public Svg Circle(double cx, double cy, double r, string cssClass) =>
        Raw($"<circle cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{N(r)}\" class=\"{cssClass}\"/>");

    /// <param name="anchor">start, middle or end.</param>
    public Svg Text(double x, double y, string text, string cssClass, string anchor = "start") =>
        Raw($"<text x=\"{N(x)}\" y=\"{N(y)}\" class=\"{cssClass}\"{(anchor == "start" ? "" : $" text-anchor=\"{anchor}\"")}>{Escape(text)}</text>");

    /// <summary>A link around the marks drawn by <paramref name="marks"/>; its label names it and shows as a tooltip.</summary>
    public Svg Link(string href, string label, Action<Svg> marks)
    {
        _out.Append($"<a href=\"{Escape(href)}\" aria-label=\"{Escape(label)}\"><title>{Escape(label)}</title>");
        marks(this);
        _out.Append("</a>");
        return this;
    }

    /// <summary>A group with a tooltip, for marks that are not links.</summary>
    public Svg Titled(string label, Action<Svg> marks)
    {
        _out.Append($"<g><title>{Escape(label)}</title>");
        marks(this);
        _out.Append("</g>");
        return this;
    }

    public override string ToString() => _out + "</svg>";

    /// <summary>Text cut to a length that fits a label, with an ellipsis.</summary>
    public static string Fit(string text, int characters) => text.Length <= characters ? text : text[..(characters - 1)].TrimEnd() + "…";
}
