using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Dossier.Output;

public sealed record WriteSummary(int Written, int Unchanged, int Deleted);

/// <summary>
/// Writes a new site into a staging folder beside the output folder while it is rendered, then swaps it in with
/// one rename (<see cref="FolderSwap"/>). A file whose bytes the last build already wrote is hard-linked from the
/// current site instead of written. Until <see cref="Commit"/>, the output folder is untouched; a build that fails
/// or is killed leaves only the staging folder, which the next build removes first.
/// </summary>
public sealed class StagedOutput : IOutputSink, IDisposable
{
    private readonly string _output;
    private readonly string _staging;
    private readonly IReadOnlyDictionary<string, StampedFile> _previous;
    private readonly ConcurrentDictionary<string, StampedFile> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private int _linked;
    private bool _committed;

    /// <param name="stamp">The output folder's stamp, when the caller has read it already.</param>
    public StagedOutput(string outputRoot, Stamp? stamp = null)
    {
        _output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputRoot));
        _staging = BuildStamp.Beside(_output, "dossier-staging");
        RemoveDebris(_output);
        Directory.CreateDirectory(_staging);
        _previous = !Directory.Exists(_output) ? new Dictionary<string, StampedFile>() : (stamp ?? BuildStamp.Load(_output)).Files;
    }

    /// <summary>What a build killed before its swap, or while removing the old site after it, left beside the output folder.</summary>
    public static void RemoveDebris(string outputRoot)
    {
        var staging = BuildStamp.Beside(outputRoot, "dossier-staging");
        // Killed between the two renames of the fallback swap: the old site is aside, and goes back.
        if (!Directory.Exists(outputRoot) && Directory.Exists(staging + ".old")) Directory.Move(staging + ".old", outputRoot);
        foreach (var folder in new[] { staging, staging + ".old" })
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var stamp = BuildStamp.PathFor(outputRoot) + ".tmp";
        if (File.Exists(stamp)) File.Delete(stamp);
    }

    public bool WaitsOnDisk => true;

    public void Write(OutputFile file)
    {
        var target = Path.Combine(_staging, file.Path);
        var folder = Path.GetDirectoryName(target)!;
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders[folder] = true;
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(file.Span));
        if (_previous.TryGetValue(file.Path, out var old) && old.Sha256 == hash && BuildStamp.IsAsWritten(_output, old))
        {
            HardLink.Make(Path.Combine(_output, file.Path), target);
            Interlocked.Increment(ref _linked);
            _written[file.Path] = old;
            return;
        }
        File.WriteAllBytes(target, file.Span);
        _written[file.Path] = new StampedFile(file.Path, file.Length, File.GetLastWriteTimeUtc(target).Ticks, hash);
    }

    /// <summary>Swaps the new site in, removes the old one, and stamps the new one with <paramref name="sources"/> (null: never current).</summary>
    public WriteSummary Commit(BuildSources? sources)
    {
        _committed = true;
        var swapped = FolderSwap.Swap(_staging, _output);
        var deleted = 0;
        if (swapped)
        {
            foreach (var file in Directory.EnumerateFiles(_staging, "*", SearchOption.AllDirectories))
                if (!_written.ContainsKey(Path.GetRelativePath(_staging, file).Replace('\\', '/'))) deleted++;
            Directory.Delete(_staging, recursive: true);
        }
        BuildStamp.Write(_output, sources, _written.Values);
        return new WriteSummary(_written.Count - _linked, _linked, deleted);
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
    }
}
