using System.Buffers.Binary;
using System.IO.Compression;

namespace CaseBot.TeamsPackage.Tests;

/// <summary>Just enough of a PNG decoder (8-bit RGB/RGBA, all five filters) to check the icons' size and pixels.</summary>
internal sealed class PngImage
{
    private PngImage(int width, int height, byte[][] rgba)
    {
        Width = width;
        Height = height;
        Rows = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    public bool HasAlpha { get; private init; }

    private byte[][] Rows { get; }

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var row = Rows[y];
        return (row[x * 4], row[(x * 4) + 1], row[(x * 4) + 2], row[(x * 4) + 3]);
    }

    public static PngImage Read(byte[] file)
    {
        Assert.True(file.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "not a PNG");
        int width = 0, height = 0, colourType = 0;
        using var idat = new MemoryStream();
        for (var offset = 8; offset < file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(file, offset + 4, 4);
            var data = file.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.Equal(8, data[8]);
                colourType = data[9];
                Assert.Equal(0, data[12]);
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            offset += 12 + length;
        }

        var channels = colourType switch { 6 => 4, 2 => 3, _ => throw new InvalidDataException("only RGB or RGBA PNGs") };
        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionMode.Decompress))
        {
            z.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var stride = width * channels;
        var rows = new byte[height][];
        var previous = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var line = raw.AsSpan((y * (stride + 1)) + 1, stride).ToArray();
            for (var i = 0; i < stride; i++)
            {
                int a = i >= channels ? line[i - channels] : 0, b = previous[i], c = i >= channels ? previous[i - channels] : 0;
                line[i] = (byte)(line[i] + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException("bad filter"),
                });
            }

            previous = line;
            rows[y] = channels == 4 ? line : Enumerable.Range(0, width).SelectMany(x => new[] { line[x * 3], line[(x * 3) + 1], line[(x * 3) + 2], (byte)255 }).ToArray();
        }

        return new PngImage(width, height, rows) { HasAlpha = channels == 4 };
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
