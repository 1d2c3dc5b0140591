using System.Buffers;

namespace GeoGraph.Bolt.PackStream;

/// <summary>A growable byte buffer rented from <see cref="ArrayPool{T}.Shared"/>; reused, so steady-state writing allocates nothing.</summary>
internal sealed class PooledBuffer(int initialCapacity) : IDisposable
{
    private byte[] _array = ArrayPool<byte>.Shared.Rent(initialCapacity);

    public int Length { get; private set; }
    public ReadOnlySpan<byte> Written => _array.AsSpan(0, Length);
    public ReadOnlyMemory<byte> WrittenMemory => _array.AsMemory(0, Length);

    /// <summary>The next <paramref name="count"/> bytes, to be filled by the caller.</summary>
    public Span<byte> Reserve(int count)
    {
        if (Length + count > _array.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_array.Length * 2, Length + count));
            _array.AsSpan(0, Length).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_array);
            _array = bigger;
        }
        var span = _array.AsSpan(Length, count);
        Length += count;
        return span;
    }

    public void Truncate(int length) => Length = length;

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_array);
        _array = [];
        Length = 0;
    }
}
