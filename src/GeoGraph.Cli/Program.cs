using System.Collections;
using GeoGraph.Cli;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
var environment = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
    .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "", StringComparer.Ordinal);
return await CliApp.RunAsync(args, new CliContext(Console.Out, Console.Error, environment, cancel.Token) { Interactive = !Console.IsOutputRedirected });
