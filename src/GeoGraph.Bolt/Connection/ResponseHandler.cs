namespace GeoGraph.Bolt.Connection;

/// <summary>
/// Waits for the reply to one request. The connection keeps these in a FIFO queue, one per request
/// sent, and gives each summary (SUCCESS, FAILURE, IGNORED) to the oldest; RECORDs go to the head.
/// </summary>
internal class ResponseHandler(string request)
{
    public string Request { get; } = request;
    public bool IsDone { get; private set; }
    public IReadOnlyDictionary<string, object?>? Metadata { get; private set; }
    public BoltException? Error { get; private set; }

    public virtual void OnRecord(object?[] values) =>
        throw new BoltProtocolException($"The server sent a RECORD in reply to {Request}.");

    public void OnSuccess(IReadOnlyDictionary<string, object?> metadata)
    {
        Metadata = metadata;
        IsDone = true;
    }

    public void OnError(BoltException error)
    {
        Error = error;
        IsDone = true;
    }

    public IReadOnlyDictionary<string, object?> SuccessOrThrow()
    {
        if (Error is not null) throw Error;
        return Metadata ?? throw new InvalidOperationException($"{Request} has no reply yet.");
    }
}

/// <summary>Handler for PULL and DISCARD: records go to the result's sink.</summary>
internal sealed class StreamHandler(string request, Action<object?[]> onRecord) : ResponseHandler(request)
{
    public override void OnRecord(object?[] values) => onRecord(values);

    public bool HasMore => Metadata is not null && Metadata.TryGetValue("has_more", out var v) && v is true;
}
