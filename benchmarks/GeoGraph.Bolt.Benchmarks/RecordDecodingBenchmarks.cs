using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using GeoGraph.Bolt.Chunking;
using GeoGraph.Bolt.Messages;

namespace GeoGraph.Bolt.Benchmarks;

/// <summary>
/// Issue 3's performance requirement: decoding 100,000 RECORD messages (an integer, a short string
/// and a 5-entry map each) against System.Text.Json deserialising the same rows from JSON into the
/// same .NET shapes (object?[] rows, long, string, double, bool, Dictionary&lt;string, object?&gt;).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RecordDecodingBenchmarks
{
    public const int RecordCount = 100_000;

    private static readonly JsonSerializerOptions JsonOptions = new() { Converters = { new NaturalObjectConverter() } };

    private byte[] _bolt = [];
    private byte[] _json = [];
    private readonly RecordKeys _keys = new(["id", "name", "props"]);

    [GlobalSetup]
    public void Setup()
    {
        var rows = Enumerable.Range(0, RecordCount).Select(Row).ToArray();
        using var writer = new ChunkedWriter();
        foreach (var row in rows)
        {
            writer.Body.WriteStructHeader(1, RecordMessage.Signature);
            writer.Body.Write(row);
            writer.EndMessage();
        }
        _bolt = writer.Pending.ToArray();
        _json = JsonSerializer.SerializeToUtf8Bytes(rows, JsonOptions);
    }

    private static object?[] Row(int i) =>
    [
        (long)i,
        "country-" + (i % 250),
        new Dictionary<string, object?>
        {
            ["id"] = (long)i * 7,
            ["name"] = "Rare earths",
            ["share"] = 0.7 + i % 10,
            ["verified"] = i % 2 == 0,
            ["code"] = "CN",
        },
    ];

    [BenchmarkCategory("materialised"), Benchmark(Baseline = true, Description = "STJ: JSON array -> List of 100k rows")]
    public int SystemTextJson()
    {
        var rows = JsonSerializer.Deserialize<List<object?[]>>(_json, JsonOptions)!;
        return rows.Count;
    }

    [BenchmarkCategory("materialised"), Benchmark(Description = "Bolt: 100k RECORDs -> List of Record")]
    public async Task<int> BoltRecords()
    {
        using var reader = new ChunkedReader(new MemoryStream(_bolt, writable: false));
        var records = new List<Record>();
        for (var i = 0; i < RecordCount; i++) records.Add(await NextRecordAsync(reader).ConfigureAwait(false));
        return records.Count;
    }

    [BenchmarkCategory("streamed"), Benchmark(Baseline = true, Description = "STJ: JSON array streamed row by row")]
    public async Task<long> SystemTextJsonStreamed()
    {
        long sum = 0;
        await foreach (var row in JsonSerializer.DeserializeAsyncEnumerable<object?[]>(new MemoryStream(_json, writable: false), JsonOptions)
                           .ConfigureAwait(false))
            sum += (long)row![0]!;
        return sum;
    }

    [BenchmarkCategory("streamed"), Benchmark(Description = "Bolt: 100k RECORDs streamed record by record")]
    public async Task<long> BoltRecordsStreamed()
    {
        using var reader = new ChunkedReader(new MemoryStream(_bolt, writable: false));
        long sum = 0;
        for (var i = 0; i < RecordCount; i++) sum += (long)(await NextRecordAsync(reader).ConfigureAwait(false))[0]!;
        return sum;
    }

    /// <summary>What a connection and its result do per RECORD: read the message, decode it, wrap the values with the keys.</summary>
    private async ValueTask<Record> NextRecordAsync(ChunkedReader reader)
    {
        var message = await reader.ReadMessageAsync(CancellationToken.None).ConfigureAwait(false);
        if (!ResponseMessageReader.TryReadRecord(message.Span, out var values)) throw new InvalidDataException("not a RECORD");
        return new Record(_keys, values);
    }

    /// <summary>JSON values as the same .NET types the Bolt decoder produces.</summary>
    private sealed class NaturalObjectConverter : JsonConverter<object?>
    {
        public override bool HandleNull => true;

        public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Null: return null;
                case JsonTokenType.True: return true;
                case JsonTokenType.False: return false;
                case JsonTokenType.String: return reader.GetString();
                case JsonTokenType.Number: return reader.TryGetInt64(out var l) ? (object)l : reader.GetDouble();
                case JsonTokenType.StartArray:
                    var list = new List<object?>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) list.Add(Read(ref reader, typeToConvert, options));
                    return list.ToArray();
                case JsonTokenType.StartObject:
                    var map = new Dictionary<string, object?>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var key = reader.GetString()!;
                        reader.Read();
                        map[key] = Read(ref reader, typeToConvert, options);
                    }
                    return map;
                default: throw new JsonException($"Unexpected {reader.TokenType}.");
            }
        }

        public override void Write(Utf8JsonWriter writer, object? value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value, value?.GetType() ?? typeof(object), options);
    }
}
