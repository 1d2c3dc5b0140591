using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using GeoGraph.Testing;

namespace GeoGraph.Api.Tests.Support;

/// <summary>
/// The API as its own operating-system process (the built GeoGraph.Api.dll, Production), on a
/// free loopback port: what a crash test kills with SIGKILL and a soak test measures. Output is
/// kept for assertions.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    public string Output { get { lock (_output) return _output.ToString(); } }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts the API on <paramref name="databasePath"/> with the test keys and <paramref name="settings"/> (configuration keys).</summary>
    public static ServerProcess Start(string databasePath, params (string Key, string Value)[] settings)
    {
        var port = FreePort();
        var dll = Path.Combine(AppContext.BaseDirectory, "GeoGraph.Api.dll");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Storage__Sqlite__Path"] = databasePath;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in ApiTestKeys.Settings().Concat(settings))
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the API process");
        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    /// <summary>Waits until /health/ready answers 200 (store open, seed applied).</summary>
    public async Task WaitReadyAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the API exited with {_process.ExitCode}:\n{Output}");
            try
            {
                using var ready = await http.GetAsync("/health/ready", ct);
                if (ready.IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"the API at {Address} was not ready in {timeout}:\n{Output}");
            await Task.Delay(100, ct);
        }
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        await _process.WaitForExitAsync(limit.Token);
        _process.WaitForExit(); // drains the redirected output
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no shutdown, no flush, no finally blocks — as a crash or an OOM kill.</summary>
    public void KillHard()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>Resident memory now, in bytes (VmRSS).</summary>
    public long ResidentBytes()
    {
        _process.Refresh();
        return _process.WorkingSet64;
    }

    /// <summary>Peak resident memory so far, in bytes (VmHWM from /proc).</summary>
    public long PeakResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        return 0;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
