using System.Runtime.InteropServices;

namespace Dossier.Output;

/// <summary>
/// Gives a file a second name. A rebuild links each unchanged file of the current site into the new one instead of
/// writing its bytes again; where links are impossible (another file system, no link support) it copies.
/// </summary>
public static partial class HardLink
{
    public static void Make(string existing, string link)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            try
            {
                if (Link(existing, link) == 0) return;
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException) { }
        }
        File.Copy(existing, link);
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string oldPath, string newPath);
}
