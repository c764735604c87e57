using System.IO.Compression;

namespace Dossier.Output;

/// <summary>
/// Writes the site as a zip for readers to download: one top folder, entries in path order with a fixed
/// timestamp, so the same site gives the same bytes. Unzipped, its index.html opens with a double-click.
/// </summary>
public static class SiteZip
{
    private static readonly DateTimeOffset Timestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The zip of a site folder, every file in it.</summary>
    public static byte[] Create(string siteFolder, string folderName)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var files = Directory.EnumerateFiles(siteFolder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(siteFolder, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var entry = zip.CreateEntry($"{folderName}/{file}", CompressionLevel.Optimal);
                entry.LastWriteTime = Timestamp;
                using var entryStream = entry.Open();
                entryStream.Write(File.ReadAllBytes(Path.Combine(siteFolder, file)));
            }
        }
        return stream.ToArray();
    }
}
