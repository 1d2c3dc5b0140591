using GeoGraph.Bolt.Chunking;
using GeoGraph.Bolt.Tests.Support;

namespace GeoGraph.Bolt.Tests.Chunking;

/// <summary>Reference §2: chunk framing, splitting, and keep-alive chunks.</summary>
public class ChunkingTests
{
    private static readonly byte[] Sixteen = Enumerable.Range(0, 16).Select(i => (byte)i).ToArray();

    private static byte[] ChunkRaw(byte[] body, int maxChunkSize)
    {
        using var writer = new ChunkedWriter(maxChunkSize);
        writer.Body.WriteEncoded(body);
        writer.EndMessage();
        return writer.Pending.ToArray();
    }

    [Fact]
    public void Sixteen_byte_message_is_one_chunk()
    {
        Assert.Equal("00 10 00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F 00 00", Hex.Format(ChunkRaw(Sixteen, 65_535)));
    }

    [Fact]
    public void Twenty_byte_message_splits_sixteen_plus_four()
    {
        var body = Sixteen.Concat(new byte[] { 1, 2, 3, 4 }).ToArray();
        Assert.Equal("00 10 00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F 00 04 01 02 03 04 00 00", Hex.Format(ChunkRaw(body, 16)));
    }

    [Fact]
    public async Task Reader_joins_split_chunks_and_skips_a_noop_between_messages()
    {
        var stream = new MemoryStream(Hex.Parse(
            "00 10 00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F 00 04 01 02 03 04 00 00" +
            "00 00" +
            "00 08 01 02 03 04 05 06 07 08 00 00"));
        using var reader = new ChunkedReader(stream);
        var first = await reader.ReadMessageAsync(CancellationToken.None);
        Assert.Equal(Sixteen.Concat(new byte[] { 1, 2, 3, 4 }), first.ToArray());
        var second = await reader.ReadMessageAsync(CancellationToken.None);
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }, second.ToArray());
        Assert.Equal(1, reader.NoopCount);
    }

    [Fact]
    public async Task Reader_skips_leading_noops()
    {
        using var reader = new ChunkedReader(new MemoryStream(Hex.Parse("00 00 00 00 00 02 B0 7E 00 00")));
        Assert.Equal("B0 7E", Hex.Format((await reader.ReadMessageAsync(CancellationToken.None)).Span));
        Assert.Equal(2, reader.NoopCount);
    }

    [Fact]
    public async Task Reader_survives_one_byte_reads()
    {
        var bytes = Hex.Parse("00 02 B0 7E 00 00 00 03 B1 70 A0 00 00");
        using var reader = new ChunkedReader(new TrickleStream(bytes));
        Assert.Equal("B0 7E", Hex.Format((await reader.ReadMessageAsync(CancellationToken.None)).Span));
        Assert.Equal("B1 70 A0", Hex.Format((await reader.ReadMessageAsync(CancellationToken.None)).Span));
    }

    [Fact]
    public async Task End_of_stream_mid_message_says_so()
    {
        using var reader = new ChunkedReader(new MemoryStream(Hex.Parse("00 10 B1 71 91")));
        var error = await Assert.ThrowsAsync<EndOfStreamException>(() => reader.ReadMessageAsync(CancellationToken.None).AsTask());
        Assert.Contains("middle of a message", error.Message);
    }

    [Fact]
    public async Task Messages_larger_than_a_chunk_are_split_at_65535_and_rejoined()
    {
        var payload = new byte[200_000];
        new Random(7).NextBytes(payload);
        using var writer = new ChunkedWriter();
        writer.Body.WriteBytes(payload);
        var body = writer.Body.WrittenSpan.ToArray();
        writer.EndMessage();
        var wire = writer.Pending.ToArray();
        Assert.Equal("FF FF", Hex.Format(wire.AsSpan(0, 2)));
        Assert.Equal(body.Length + 2 * 4 + 2, wire.Length); // 4 chunks: 3 full, 1 partial
        using var reader = new ChunkedReader(new MemoryStream(wire));
        Assert.Equal(body, (await reader.ReadMessageAsync(CancellationToken.None)).ToArray());
    }

    [Fact]
    public async Task Steady_state_reading_reuses_its_buffers_instead_of_allocating_per_chunk_or_message()
    {
        // Allocation counters are useless here (Debug builds allocate async state machines), so the
        // property is checked directly: every message comes back as a slice of one of two pooled arrays.
        const int messages = 10_000;
        var body = Enumerable.Range(0, 20).Select(i => (byte)i).ToArray();
        using var single = new ChunkedWriter();
        using var split = new ChunkedWriter(maxChunkSize: 8); // 20 bytes = chunks of 8, 8 and 4
        for (var i = 0; i < messages; i++)
        {
            single.Body.WriteEncoded(body);
            single.EndMessage();
            split.Body.WriteEncoded(body);
            split.EndMessage();
        }
        foreach (var wire in new[] { single.Pending.ToArray(), split.Pending.ToArray() })
        {
            using var reader = new ChunkedReader(new MemoryStream(wire), bufferSize: 4096);
            var arrays = new HashSet<byte[]>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < messages; i++)
            {
                var message = await reader.ReadMessageAsync(CancellationToken.None);
                Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(message, out var segment));
                Assert.Equal(body, message.ToArray());
                arrays.Add(segment.Array!);
            }
            Assert.InRange(arrays.Count, 1, 2); // the read buffer (whole messages) and the join buffer
        }
    }

    /// <summary>Returns at most one byte per read, like a slow network.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(1, buffer.Length)], cancellationToken);
    }
}
