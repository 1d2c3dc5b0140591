using System.Buffers;
using System.Buffers.Binary;

namespace GeoGraph.Bolt.Chunking;

/// <summary>
/// Reads whole messages from a chunked stream into pooled buffers. A message that arrived in one
/// chunk is returned in place from the read buffer; a multi-chunk message is joined into a reusable
/// message buffer. The returned memory is valid until the next call. <c>00 00</c> before any
/// message bytes is a keep-alive (NOOP) and is skipped.
/// </summary>
internal sealed class ChunkedReader(Stream stream, int bufferSize = 65_536) : IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(bufferSize);
    private int _start;
    private int _end;
    private byte[] _message = ArrayPool<byte>.Shared.Rent(1024);

    /// <summary>Number of keep-alive chunks skipped so far.</summary>
    public long NoopCount { get; private set; }

    public async ValueTask<ReadOnlyMemory<byte>> ReadMessageAsync(CancellationToken cancellationToken)
    {
        var messageLength = 0;
        while (true)
        {
            await EnsureAsync(2, messageLength > 0, cancellationToken).ConfigureAwait(false);
            int size = BinaryPrimitives.ReadUInt16BigEndian(_buffer.AsSpan(_start, 2));
            _start += 2;
            if (size == 0)
            {
                if (messageLength == 0)
                {
                    NoopCount++;
                    continue;
                }
                return _message.AsMemory(0, messageLength);
            }

            // Fast path: the whole message is one chunk already buffered, followed by its end marker.
            if (messageLength == 0 && _end - _start >= size + 2
                && _buffer[_start + size] == 0 && _buffer[_start + size + 1] == 0)
            {
                var inPlace = _buffer.AsMemory(_start, size);
                _start += size + 2;
                return inPlace;
            }

            GrowMessage(messageLength + size);
            var remaining = size;
            while (remaining > 0)
            {
                await EnsureAsync(1, true, cancellationToken).ConfigureAwait(false);
                var take = Math.Min(remaining, _end - _start);
                _buffer.AsSpan(_start, take).CopyTo(_message.AsSpan(messageLength));
                _start += take;
                messageLength += take;
                remaining -= take;
            }
        }
    }

    /// <summary>Reads exactly <paramref name="destination"/>.Length raw bytes (handshake replies).</summary>
    public async ValueTask ReadRawAsync(Memory<byte> destination, CancellationToken cancellationToken)
    {
        var buffered = Math.Min(destination.Length, _end - _start);
        _buffer.AsMemory(_start, buffered).CopyTo(destination);
        _start += buffered;
        if (buffered < destination.Length)
            await stream.ReadExactlyAsync(destination[buffered..], cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask EnsureAsync(int count, bool midMessage, CancellationToken cancellationToken)
    {
        if (_end - _start >= count) return;
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
        var read = await stream.ReadAtLeastAsync(_buffer.AsMemory(_end), count - _end, throwOnEndOfStream: false, cancellationToken)
            .ConfigureAwait(false);
        _end += read;
        if (_end < count)
            throw new EndOfStreamException(midMessage || _end > 0
                ? "The server closed the connection in the middle of a message."
                : "The server closed the connection.");
    }

    private void GrowMessage(int size)
    {
        if (size <= _message.Length) return;
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(size, _message.Length * 2));
        _message.AsSpan().CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_message);
        _message = bigger;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        ArrayPool<byte>.Shared.Return(_message);
        _buffer = _message = [];
    }
}
