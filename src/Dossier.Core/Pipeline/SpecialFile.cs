using System.Runtime.InteropServices;
using Dossier.Diagnostics;

namespace Dossier.Pipeline;

/// <summary>
/// Tells a named pipe, a device or a socket from a regular file without opening it: opening a pipe to read waits
/// for a writer for ever, and a device can give bytes without end. .NET's FileInfo shows all of them as "Normal"
/// files, so the file's type comes from statx, whose layout is the same on every Linux architecture.
/// </summary>
public static partial class SpecialFile
{
    /// <summary>What the path names when it is not a regular file, folder or link ("a named pipe (FIFO)"); null otherwise, or where it cannot be told.</summary>
    public static string? Kind(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var buffer = new byte[256];
        try
        {
            if (Statx(AtCurrentFolder, path, AtSymlinkNoFollow, StatxType, buffer) != 0) return null;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException) { return null; }
        return (BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask) switch
        {
            0x1000 => "a named pipe (FIFO)",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0xC000 => "a socket",
            _ => null,
        };
    }

    /// <summary>Reports a special file as a located error, without opening it; false for anything else.</summary>
    public static bool Refused(string path, DiagnosticBag diagnostics)
    {
        if (Kind(path) is not { } kind) return false;
        diagnostics.Error(DiagnosticCodes.UnsupportedFile, BuildContext.FileAt(path), $"this is {kind}, not a file",
            "put a regular file here, or remove it; Dossier reads only regular files, and did not open this one.");
        return true;
    }

    private const int AtCurrentFolder = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28; // struct statx: stx_mask, stx_blksize, stx_attributes, stx_nlink, stx_uid, stx_gid, then stx_mode
    private const int TypeMask = 0xF000;

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int dirfd, string path, int flags, uint mask, [Out] byte[] buffer);
}
