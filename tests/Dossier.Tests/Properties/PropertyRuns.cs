namespace Dossier.Tests.Properties;

/// <summary>
/// How many cases each property tries, and with which seed.
/// <para>
/// A failing property prints its seed (CsCheck: <c>Set seed: "…"</c>). To replay it, run the one test with that seed:
/// <c>DOSSIER_PROPERTY_SEED=0N0XIzNsQ0O2 dotnet test tests/Dossier.Tests --filter "FullyQualifiedName~Properties.RandomDossierProperties"</c>
/// (CsCheck's own <c>CsCheck_Seed</c> works too). To search longer, multiply every count:
/// <c>DOSSIER_PROPERTY_ITER=20 dotnet test tests/Dossier.Tests --filter "FullyQualifiedName~Properties"</c>.
/// </para>
/// The counts are small so that the whole folder runs in well under 90 s on a loaded two-core machine.
/// </summary>
public static class PropertyRuns
{
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The seed to start from: DOSSIER_PROPERTY_SEED, or null for a new random one each run.</summary>
    public static string? Seed => Environment.GetEnvironmentVariable("DOSSIER_PROPERTY_SEED") is { Length: > 0 } seed ? seed : null;

    /// <summary><paramref name="count"/> times DOSSIER_PROPERTY_ITER (default 1).</summary>
    public static long Iterations(int count) =>
        int.TryParse(Environment.GetEnvironmentVariable("DOSSIER_PROPERTY_ITER"), out var factor) && factor > 0 ? (long)count * factor : count;
}
