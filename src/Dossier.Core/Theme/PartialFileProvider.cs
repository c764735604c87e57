using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Dossier.Theme;

/// <summary>The theme's partials, by name, for {% include 'name' %}: served from memory, never from the file system.</summary>
public sealed class PartialFileProvider(IReadOnlyDictionary<string, string> partials) : IFileProvider
{
    private static readonly DateTimeOffset Loaded = DateTimeOffset.UtcNow;

    private readonly Dictionary<string, IFileInfo> _files = partials.ToDictionary(
        p => p.Key + ThemePipeline.Extension, p => (IFileInfo)new MemoryFile(p.Key + ThemePipeline.Extension, Encoding.UTF8.GetBytes(p.Value)), StringComparer.Ordinal);

    public IFileInfo GetFileInfo(string subpath) =>
        _files.TryGetValue(subpath.TrimStart('/'), out var file) ? file : new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class MemoryFile(string name, byte[] bytes) : IFileInfo
    {
        public bool Exists => true;
        public long Length => bytes.Length;
        public string? PhysicalPath => null;
        public string Name => name;
        public DateTimeOffset LastModified => Loaded;
        public bool IsDirectory => false;
        public Stream CreateReadStream() => new MemoryStream(bytes, writable: false);
    }
}
