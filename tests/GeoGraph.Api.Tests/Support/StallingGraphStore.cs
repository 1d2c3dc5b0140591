using System.Reflection;
using GeoGraph.Core.Storage;

namespace GeoGraph.Api.Tests.Support;

/// <summary>
/// A store whose every read never answers until its cancellation token fires, as a stalled
/// database would: proves that a request's deadline and its client's departure reach the store.
/// Nothing stalls until the test arms it, so the API can start and seed; writes and the readiness
/// check always pass through.
/// </summary>
public class StallingGraphStore : DispatchProxy
{
    private IGraphStore _inner = null!;
    private StallRecord _record = null!;

    /// <summary>What the stalled calls saw: when one started, and whether each was cancelled.</summary>
    public sealed class StallRecord
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _cancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Reads stall from now on.</summary>
        public volatile bool Armed;

        /// <summary>When set, armed reads throw this at once instead of stalling (a store that is down).</summary>
        public Exception? Failure { get; set; }

        public Task Started => _started.Task;
        public Task Cancelled => _cancelled.Task;

        internal void OnStart() => _started.TrySetResult();
        internal void OnCancel() => _cancelled.TrySetResult();
    }

    public static IGraphStore Wrap(IGraphStore inner, StallRecord record)
    {
        var proxy = Create<IGraphStore, StallingGraphStore>();
        var stalling = (StallingGraphStore)(object)proxy;
        stalling._inner = inner;
        stalling._record = record;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? method, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(method);
        if (!_record.Armed || method.DeclaringType != typeof(IGraphReader) || method.Name == nameof(IGraphReader.CheckReadyAsync)
            || !method.ReturnType.IsGenericType || method.ReturnType.GetGenericTypeDefinition() != typeof(Task<>))
            return method.Invoke(_inner, args);

        if (_record.Failure is { } failure) throw failure;
        var ct = args!.OfType<CancellationToken>().SingleOrDefault();
        var resultType = method.ReturnType.GetGenericArguments()[0];
        var completion = Activator.CreateInstance(typeof(TaskCompletionSource<>).MakeGenericType(resultType))!;
        var setCanceled = completion.GetType().GetMethod("TrySetCanceled", [typeof(CancellationToken)])!;
        _record.OnStart();
        ct.Register(() =>
        {
            _record.OnCancel();
            setCanceled.Invoke(completion, [ct]);
        });
        return completion.GetType().GetProperty("Task")!.GetValue(completion);
    }
}
