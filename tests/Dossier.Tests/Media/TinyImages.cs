using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Dossier.Tests.Media;

/// <summary>Real tiny picture files, written byte by byte: a PNG and a GIF a browser can show, and the headers of the other formats.</summary>
public static class TinyImages
{
    /// <summary>A decodable RGB PNG of the given size, all red.</summary>
    public static byte[] Png(int width, int height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // RGB
        var rows = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            rows.WriteByte(0);
            for (var x = 0; x < width; x++) rows.Write([255, 0, 0]);
        }
        var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) z.Write(rows.ToArray());
        var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", ihdr);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A decodable one-colour GIF89a of the given size.</summary>
    public static byte[] Gif(int width, int height)
    {
        var gif = new MemoryStream();
        gif.Write("GIF89a"u8);
        gif.Write(U16(width));
        gif.Write(U16(height));
        gif.Write([0x80, 0, 0, 255, 0, 0, 0, 0, 0]); // global colour table of two, red and black
        gif.Write([0x2C, 0, 0, 0, 0]);
        gif.Write(U16(width));
        gif.Write(U16(height));
        gif.Write([0, 2, 2, 0x44, 0x01, 0, 0x3B]); // LZW minimum 2, one data block: clear, 0, end
        return gif.ToArray();
    }

    /// <summary>A JPEG's start: SOI, an APP0 (JFIF) segment, a comment, then a baseline SOF0 frame header.</summary>
    public static byte[] Jpeg(int width, int height, byte sof = 0xC0)
    {
        var jpeg = new MemoryStream();
        jpeg.Write([0xFF, 0xD8]);
        jpeg.Write([0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        jpeg.Write([0xFF, 0xFE, 0, 7, (byte)'h', (byte)'e', (byte)'l', (byte)'l', (byte)'o']);
        jpeg.Write([0xFF, 0xC4, 0, 2]); // an empty DHT: not a frame, though its marker is in the SOF range
        jpeg.Write([0xFF, sof, 0, 17, 8]);
        jpeg.Write(U16Be(height));
        jpeg.Write(U16Be(width));
        jpeg.Write([3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
        jpeg.Write([0xFF, 0xD9]);
        return jpeg.ToArray();
    }

    public static byte[] WebpLossy(int width, int height)
    {
        var data = new byte[10];
        data[3] = 0x9D; data[4] = 0x01; data[5] = 0x2A;
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(6), (ushort)width);
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(8), (ushort)height);
        return Riff("VP8 ", data);
    }

    public static byte[] WebpLossless(int width, int height)
    {
        var bits = (uint)(width - 1) | (uint)(height - 1) << 14;
        var data = new byte[5];
        data[0] = 0x2F;
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(1), bits);
        return Riff("VP8L", data);
    }

    public static byte[] WebpExtended(int width, int height)
    {
        var data = new byte[10];
        Write24(data.AsSpan(4), width - 1);
        Write24(data.AsSpan(7), height - 1);
        return Riff("VP8X", data);
    }

    public static byte[] Svg(string attributes) => Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" {attributes}><rect width=\"1\" height=\"1\"/></svg>");

    private static byte[] Riff(string chunk, byte[] data)
    {
        var riff = new MemoryStream();
        riff.Write("RIFF"u8);
        riff.Write(BitConverter.GetBytes(4 + 8 + data.Length));
        riff.Write("WEBP"u8);
        riff.Write(Encoding.ASCII.GetBytes(chunk));
        riff.Write(BitConverter.GetBytes(data.Length));
        riff.Write(data);
        return riff.ToArray();
    }

    private static void Write24(Span<byte> to, int value)
    {
        to[0] = (byte)value; to[1] = (byte)(value >> 8); to[2] = (byte)(value >> 16);
    }

    private static byte[] U16(int v) => [(byte)v, (byte)(v >> 8)];

    private static byte[] U16Be(int v) => [(byte)(v >> 8), (byte)v];

    private static void Chunk(Stream to, string type, byte[] data)
    {
        var typeBytes = Encoding.ASCII.GetBytes(type);
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        to.Write(length);
        to.Write(typeBytes);
        to.Write(data);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32([.. typeBytes, .. data]));
        to.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? crc >> 1 ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
