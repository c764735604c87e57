using Dossier.Diagnostics;
using Dossier.Yaml;

namespace Dossier.Drafts;

/// <summary>The `draft:` field of an article's or a topic's metadata: true keeps it out of `dossier build`.</summary>
public static class DraftField
{
    public const string Name = "draft";

    public static bool Read(MappingReader r, DiagnosticBag d)
    {
        var text = r.String(Name);
        if (text is null or "false") return false;
        if (text == "true") return true;
        d.Error(DiagnosticCodes.InvalidValue, r.LocationOf(Name), $"'draft' should be true or false, not '{text}'",
            "write 'draft: true' to keep it out of `dossier build`, or remove the line to publish it.");
        return false;
    }
}
