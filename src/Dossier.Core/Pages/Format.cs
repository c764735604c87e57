namespace Dossier.Pages;

/// <summary>Small wording helpers for page models, so templates need no logic.</summary>
public static class Format
{
    public static string Count(int n, string singular, string? plural = null) =>
        $"{n} {(n == 1 ? singular : plural ?? singular + "s")}";
}
