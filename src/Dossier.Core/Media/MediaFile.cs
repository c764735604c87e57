namespace Dossier.Media;

/// <summary>One file of input/media/, published as media/PATH; its size when it is a picture whose header could be read.</summary>
/// <param name="Path">Its site path, "media/maps/crossing.png".</param>
public sealed record MediaFile(string Path, string Source, long Length, ImageSize? Size);
