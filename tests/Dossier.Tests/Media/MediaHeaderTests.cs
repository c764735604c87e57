using Dossier.Media;

namespace Dossier.Tests.Media;

/// <summary>The picture header readers, on real tiny files and on broken ones: a size when the file states one, else none, never an exception.</summary>
public sealed class MediaHeaderTests
{
    public static TheoryData<string, byte[], int, int> Pictures => new()
    {
        { ".png", TinyImages.Png(37, 21), 37, 21 },
        { ".PNG", TinyImages.Png(1, 1), 1, 1 },
        { ".gif", TinyImages.Gif(300, 2), 300, 2 },
        { ".jpg", TinyImages.Jpeg(640, 480), 640, 480 },
        { ".jpeg", TinyImages.Jpeg(1, 4000, sof: 0xC2), 1, 4000 },
        { ".webp", TinyImages.WebpLossy(320, 200), 320, 200 },
        { ".webp", TinyImages.WebpLossless(16383, 7), 16383, 7 },
        { ".webp", TinyImages.WebpExtended(50000, 3), 50000, 3 },
        { ".svg", TinyImages.Svg("width=\"120\" height=\"80px\" viewBox=\"0 0 12 8\""), 120, 80 },
        { ".svg", TinyImages.Svg("viewBox='0 0 400.4 300'"), 400, 300 },
        { ".svg", TinyImages.Svg("width=\"100%\" height=\"50%\" viewBox=\"0,0,64,32\""), 64, 32 },
    };

    [Theory]
    [MemberData(nameof(Pictures))]
    public void ReadsTheSizeTheFileStates(string extension, byte[] bytes, int width, int height) =>
        Assert.Equal(new ImageSize(width, height), ImageSize.Read(extension, bytes));

    [Theory]
    [MemberData(nameof(Pictures))]
    public void ATruncatedFileHasNoSizeAndDoesNotThrow(string extension, byte[] bytes, int width, int height)
    {
        _ = (width, height);
        // Cut before the size: every length short of where the format states it.
        var statedBy = extension.ToLowerInvariant() switch { ".png" => 24, ".gif" => 10, ".jpg" or ".jpeg" => bytes.Length - 14, ".webp" => bytes.Length, _ => 40 };
        for (var length = 0; length < Math.Min(statedBy, bytes.Length); length++)
            Assert.Null(ImageSize.Read(extension, bytes.AsSpan(0, length)));
    }

    [Theory]
    [InlineData(".png")]
    [InlineData(".gif")]
    [InlineData(".jpg")]
    [InlineData(".webp")]
    [InlineData(".svg")]
    public void GarbageHasNoSize(string extension)
    {
        var random = new Random(14);
        for (var i = 0; i < 200; i++)
        {
            var garbage = new byte[random.Next(0, 200)];
            random.NextBytes(garbage);
            Assert.Null(ImageSize.Read(extension, garbage));
        }
        Assert.Null(ImageSize.Read(extension, "<svg width=\"0\" height=\"-3\">"u8));
    }

    [Fact]
    public void HostileHeadersHaveNoSize()
    {
        // A JPEG whose segment lengths run past the end, or loop on fill bytes; a PNG claiming a size of 4 billion.
        Assert.Null(ImageSize.Read(".jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0xFF, 0xFF, 0, 0]));
        Assert.Null(ImageSize.Read(".jpg", [0xFF, 0xD8, .. Enumerable.Repeat((byte)0xFF, 5000)]));
        Assert.Null(ImageSize.Read(".jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0]));
        var huge = TinyImages.Png(1, 1);
        huge[16] = 0xFF;
        Assert.Null(ImageSize.Read(".png", huge));
        // A picture of another format under the wrong extension is not read as that format.
        Assert.Null(ImageSize.Read(".png", TinyImages.Gif(3, 3)));
        Assert.Null(ImageSize.Read(".pdf", "%PDF-1.4"u8));
        Assert.Null(ImageSize.Read(".svg", System.Text.Encoding.UTF8.GetBytes("<svg " + new string('a', 60_000))));
    }

    [Theory]
    [InlineData("5 MB", 5L * 1024 * 1024)]
    [InlineData("800KB", 800L * 1024)]
    [InlineData("1.5 mb", 1572864L)]
    [InlineData("1000", 1000L)]
    [InlineData("12 B", 12L)]
    public void ReadsASizeLimit(string text, long bytes) => Assert.Equal(bytes, SizeLimit.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("MB")]
    [InlineData("five MB")]
    [InlineData("5 GB")]
    [InlineData("-5 MB")]
    [InlineData("0")]
    [InlineData("5 MBB")]
    public void RefusesAMalformedSizeLimit(string text) => Assert.Null(SizeLimit.Parse(text));

    [Theory]
    [InlineData("../media/map.png", "media/map.png")]
    [InlineData("../../media/a/b%20c.pdf#page=2", "media/a/b c.pdf")]
    [InlineData("media/x.svg?v=1", "media/x.svg")]
    [InlineData("../assets/map.png", null)]
    [InlineData("https://example.org/media/map.png", null)]
    [InlineData("../media/", null)]
    [InlineData("../media/../secret.txt", null)]
    [InlineData("/media/map.png", null)]
    public void AMarkdownAddressNamesAMediaFile(string url, string? path) => Assert.Equal(path, MediaPath.Of(url));
}
