using System.Runtime.InteropServices;

namespace Dossier.Output;

/// <summary>
/// Puts a finished folder in the place of another in one step. On Linux, renameat2 with RENAME_EXCHANGE swaps
/// the two names atomically: whoever opens the output path sees the old folder or the new one, never neither and
/// never a mix. Elsewhere (or on a file system without the flag) two renames leave a moment with no folder at
/// all, but still never a mix.
/// </summary>
public static partial class FolderSwap
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    /// <summary>Moves <paramref name="ready"/> to <paramref name="target"/>; the folder that was there ends up at <paramref name="ready"/>, or nowhere when there was none.</summary>
    /// <returns>True when an old folder was swapped out and now sits at <paramref name="ready"/>.</returns>
    public static bool Swap(string ready, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(ready, target);
            return false;
        }
        if (OperatingSystem.IsLinux() && TryExchange(ready, target)) return true;
        var aside = ready + ".old";
        Directory.Move(target, aside);
        Directory.Move(ready, target);
        Directory.Move(aside, ready);
        return true;
    }

    private static bool TryExchange(string a, string b)
    {
        try
        {
            return RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);
}
