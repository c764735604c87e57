namespace Dossier.Tests.Properties;

public static class TreeAssert
{
    /// <summary>The same paths with the same bytes; names the first file that differs.</summary>
    public static void Identical(IReadOnlyDictionary<string, byte[]> expected, IReadOnlyDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs between the two builds");
    }
}
