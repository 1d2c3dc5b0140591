using System.CommandLine;
using System.Security.Cryptography;
using GeoGraph.Core.Security;

namespace GeoGraph.Cli.Commands;

/// <summary>
/// <c>geograph keys new --role writer [--id ci-bot] [--index 0]</c>: makes an API key, prints it
/// once, and prints the configuration that makes the API accept it — its id, role and SHA-256,
/// never the key itself, which GeoGraph does not store.
/// </summary>
public static class KeysCommand
{
    public static Command Create(CliContext context)
    {
        var role = new Option<string>("--role")
        {
            Description = "reader (queries, when Auth:RequireReadKey), writer (ingestion) or admin (also retractions and entity edits)",
            Required = true,
        };
        role.AcceptOnlyFromAmong("reader", "writer", "admin");
        var id = new Option<string?>("--id") { Description = "the key's id, recorded as recordedBy/retractedBy (default: the role and 6 random hex digits)" };
        var index = new Option<int>("--index") { Description = "N in Auth__Keys__N__…: one not used by another configured key", DefaultValueFactory = _ => 0 };
        var create = new Command("new", "Make an API key: prints the key once, and the settings that make the API accept it.") { role, id, index };
        create.SetAction((parsed, _) => CliApp.GuardAsync(context, "keys new", () =>
            Task.FromResult(New(context, parsed.GetValue(role)!, parsed.GetValue(id), parsed.GetValue(index)))));
        return new Command("keys", "API keys for the GraphQL API (Authorization: Bearer <key> or X-Api-Key).") { create };
    }

    private static int New(CliContext context, string roleName, string? id, int index)
    {
        if (!ApiKeys.TryParseRole(roleName, out var role)) throw CliException.Usage("--role must be reader, writer or admin");
        id ??= $"{roleName}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";
        if (!ApiKeys.IsValidId(id)) throw CliException.Usage("--id must be 1–64 of a–z, A–Z, 0–9, '.', '_', '-'");
        if (index < 0) throw CliException.Usage("--index must be 0 or more");
        var key = ApiKeys.Generate();
        var sha = ApiKeys.Sha256Hex(key);
        var name = role.ToString().ToLowerInvariant();
        var o = context.Out;
        o.WriteLine($"A new {name} key; it is shown only now, so keep it in a secret store:");
        o.WriteLine();
        o.WriteLine($"  {key}");
        o.WriteLine();
        o.WriteLine("The API accepts it once configured with (environment):");
        o.WriteLine();
        o.WriteLine($"  Auth__Keys__{index}__Id={id}");
        o.WriteLine($"  Auth__Keys__{index}__Sha256={sha}");
        o.WriteLine($"  Auth__Keys__{index}__Role={name}");
        o.WriteLine();
        o.WriteLine($"or in appsettings.json: \"Auth\": {{ \"Keys\": [ {{ \"Id\": \"{id}\", \"Sha256\": \"{sha}\", \"Role\": \"{name}\" }} ] }}");
        o.WriteLine("Clients send it as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'.");
        return ExitCodes.Ok;
    }
}
