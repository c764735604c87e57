namespace Dossier.Bench;

/// <summary>
/// The figures of one corpus size that the targets are judged on: Dossier's median cold wall time and highest peak
/// RSS (null when its build failed), Hugo's (null when not run), the no-op rebuild, the served one-article edit and the
/// largest layout overhead of an article page in bytes.
/// </summary>
internal sealed record SizeResult(int Articles, TimeSpan? Wall, long? Peak, TimeSpan? HugoWall, long? HugoPeak, TimeSpan? NoOp, TimeSpan? ServeEdit, long? Overhead = null)
{
    public bool Failed => Wall is null;
}
