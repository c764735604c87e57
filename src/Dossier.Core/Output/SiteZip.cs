using System.IO.Compression;

namespace Dossier.Output;

/// <summary>
/// Writes the site as a zip for readers to download: one top folder, entries in path order with a fixed
/// timestamp, so the same site gives the same bytes. Unzipped, its index.html opens with a double-click.
/// </summary>
public static class SiteZip
{
    private static readonly DateTimeOffset Timestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Create(IReadOnlyCollection<OutputFile> files, string folderName)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                var entry = zip.CreateEntry($"{folderName}/{file.Path}", CompressionLevel.Optimal);
                entry.LastWriteTime = Timestamp;
                using var entryStream = entry.Open();
                entryStream.Write(file.Bytes);
            }
        }
        return stream.ToArray();
    }
}
