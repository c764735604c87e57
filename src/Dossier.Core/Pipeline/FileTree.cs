using System.IO.Enumeration;

namespace Dossier.Pipeline;

/// <summary>
/// Every file under a folder of the dossier or its theme, without going into linked folders: .NET's recursive
/// listing follows a link to a folder, so "media/again -> .." listed media/again/again/… until the path was too
/// long and the build failed with an internal error. Links themselves, to files or folders, are listed, for the
/// caller to refuse (<see cref="SpecialFile.Refused"/>) rather than skip in silence.
/// </summary>
public static class FileTree
{
    public static IEnumerable<string> Files(string root, bool skipHidden = false) =>
        new FileSystemEnumerable<string>(root, static (ref FileSystemEntry e) => e.ToFullPath(), new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = false,
            AttributesToSkip = skipHidden ? FileAttributes.Hidden | FileAttributes.System : 0,
        })
        {
            ShouldIncludePredicate = static (ref FileSystemEntry e) => !e.IsDirectory || IsLink(ref e),
            ShouldRecursePredicate = static (ref FileSystemEntry e) => !IsLink(ref e),
        };

    private static bool IsLink(ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) != 0;
}
