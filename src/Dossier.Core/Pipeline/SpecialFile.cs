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
    public const string Link = "a symbolic link";

    /// <summary>
    /// What the path names when it is not a regular file ("a named pipe (FIFO)", "a symbolic link", "a folder");
    /// null for a regular file, a path that is not there, or where it cannot be told.
    /// </summary>
    public static string? Kind(string path)
    {
        if (!OperatingSystem.IsLinux()) return OtherKind(path);
        var buffer = new byte[256];
        try
        {
            if (Statx(AtCurrentFolder, path, AtSymlinkNoFollow, StatxType, buffer) != 0) return null;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException) { return OtherKind(path); }
        return (BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask) switch
        {
            0x1000 => "a named pipe (FIFO)",
            0x2000 => "a character device",
            0x4000 => "a folder",
            0x6000 => "a block device",
            0xA000 => Link,
            0xC000 => "a socket",
            _ => null,
        };
    }

    /// <summary>Where statx is missing, links and folders can still be told; pipes and devices look like files.</summary>
    private static string? OtherKind(string path) =>
        new FileInfo(path).LinkTarget is not null ? Link : Directory.Exists(path) ? "a folder" : null;

    /// <summary>
    /// Reports anything but a regular file as a located error, without opening it or following it; false for a
    /// regular file. A link could lead out of the dossier, to a device, or round in a loop.
    /// </summary>
    public static bool Refused(string path, DiagnosticBag diagnostics)
    {
        switch (Kind(path))
        {
            case null:
                return false;
            case Link:
                diagnostics.Error(DiagnosticCodes.UnreadableFile, BuildContext.FileAt(path), "this file is a symbolic link",
                    "copy the file itself into the folder; links are not followed, so a dossier cannot read files from elsewhere.");
                return true;
            case var kind:
                diagnostics.Error(DiagnosticCodes.UnsupportedFile, BuildContext.FileAt(path), $"this is {kind}, not a file",
                    "put a regular file here, or remove it; Dossier reads only regular files, and did not open this one.");
                return true;
        }
    }

    private const int AtCurrentFolder = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28; // struct statx: stx_mask, stx_blksize, stx_attributes, stx_nlink, stx_uid, stx_gid, then stx_mode
    private const int TypeMask = 0xF000;

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int dirfd, string path, int flags, uint mask, [Out] byte[] buffer);
}
