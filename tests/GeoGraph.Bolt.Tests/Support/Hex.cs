namespace GeoGraph.Bolt.Tests.Support;

public static class Hex
{
    /// <summary>Parses the reference's notation: hex byte pairs separated by spaces.</summary>
    public static byte[] Parse(string hex) => Convert.FromHexString(hex.Replace(" ", "").Replace("\n", ""));

    public static string Format(ReadOnlySpan<byte> bytes) => string.Join(" ", bytes.ToArray().Select(b => b.ToString("X2")));
}
