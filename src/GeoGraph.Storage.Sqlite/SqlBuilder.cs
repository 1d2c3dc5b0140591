using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

/// <summary>
/// Collects WHERE conditions and their parameters so filters compose without ever putting a value
/// into SQL text: only parameter names (@p0, @p1, …) are generated.
/// </summary>
internal sealed class SqlBuilder
{
    /// <summary>SQLite allows many more host parameters, but short IN lists keep plans and memory small.</summary>
    public const int MaxInList = 500;

    private readonly List<string> _conditions = [];
    private readonly List<(string Name, object Value)> _parameters = [];

    public string Param(object? value)
    {
        var name = "@p" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters.Add((name, value ?? DBNull.Value));
        return name;
    }

    /// <summary>"(@p3, @p4, …)" for a non-empty list of values.</summary>
    public string InList(IEnumerable<string> values)
    {
        var sb = new StringBuilder("(");
        foreach (var v in values)
        {
            if (sb.Length > 1) sb.Append(", ");
            sb.Append(Param(v));
        }
        if (sb.Length == 1) throw new ArgumentException("an IN list needs at least one value", nameof(values));
        return sb.Append(')').ToString();
    }

    public SqlBuilder Where(string condition)
    {
        _conditions.Add(condition);
        return this;
    }

    public string WhereClause(string keyword = "WHERE") =>
        _conditions.Count == 0 ? "" : $" {keyword} " + string.Join(" AND ", _conditions.Select(c => "(" + c + ")"));

    public SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (name, value) in _parameters) cmd.Parameters.AddWithValue(name, value);
        return cmd;
    }

    public static IEnumerable<string[]> Chunks(IEnumerable<string> ids) => ids.Distinct(StringComparer.Ordinal).Chunk(MaxInList);
}
