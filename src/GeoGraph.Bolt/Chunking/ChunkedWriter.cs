using System.Buffers.Binary;
using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Bolt.Chunking;

/// <summary>
/// Collects outgoing messages as chunks (2-byte big-endian size, data, <c>00 00</c> end marker) in a
/// pooled buffer until <see cref="FlushAsync"/>, so a pipeline (RUN + PULL) leaves in one write.
/// </summary>
internal sealed class ChunkedWriter : IDisposable
{
    public const int MaxChunkSize = 65_535;

    private readonly int _maxChunkSize;
    private readonly PooledBuffer _output = new(4096);

    public ChunkedWriter(int maxChunkSize = MaxChunkSize)
    {
        if (maxChunkSize is < 1 or > MaxChunkSize) throw new ArgumentOutOfRangeException(nameof(maxChunkSize));
        _maxChunkSize = maxChunkSize;
    }

    /// <summary>The PackStream encoder a message writes its body into before <see cref="EndMessage"/> chunks it.</summary>
    public PackStreamWriter Body { get; } = new();

    public ReadOnlySpan<byte> Pending => _output.Written;

    /// <summary>Chunks what <see cref="Body"/> holds, appends the end marker and clears the body.</summary>
    public void EndMessage()
    {
        var body = Body.WrittenSpan;
        var chunks = Math.Max(1, (body.Length + _maxChunkSize - 1) / _maxChunkSize);
        var span = _output.Reserve(body.Length + chunks * 2 + 2);
        var at = 0;
        do
        {
            var size = Math.Min(_maxChunkSize, body.Length);
            BinaryPrimitives.WriteUInt16BigEndian(span[at..], (ushort)size);
            body[..size].CopyTo(span[(at + 2)..]);
            at += size + 2;
            body = body[size..];
        } while (!body.IsEmpty);
        span[at] = 0;
        span[at + 1] = 0;
        Body.Clear();
    }

    /// <summary>Appends bytes as they are, outside any chunk (handshake, raw test traffic).</summary>
    public void WriteRaw(ReadOnlySpan<byte> bytes) => bytes.CopyTo(_output.Reserve(bytes.Length));

    public async ValueTask FlushAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (_output.Length == 0) return;
        await stream.WriteAsync(_output.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        _output.Truncate(0);
    }

    /// <summary>Forgets unsent messages (the connection is broken and will not send them).</summary>
    public void Discard()
    {
        _output.Truncate(0);
        Body.Clear();
    }

    public void Dispose()
    {
        Body.Dispose();
        _output.Dispose();
    }
}
