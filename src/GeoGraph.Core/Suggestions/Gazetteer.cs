using System.Text.Json;
using GeoGraph.Core.Countries;
using GeoGraph.Core.Ids;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Suggestions;

/// <summary>
/// Every surface form an entity is found by: stored names and aliases, ISO country names (with
/// their parenthesised part dropped: "Iran"), capitals, and the short names and demonyms of
/// Countries/demonyms.json. Forms are keyed by their word tokens, lowercased, so "rare-earth" and
/// "rare earth", or "China's" and "China’s", are one form.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>A form and whom it names. Acronyms ("US", "EU") match only in capitals; a one-word proper name ("Trump") only capitalised.</summary>
    public sealed record Entry(string EntityId, NodeKind Kind, string Form, string Rule, bool Acronym, bool Capitalised);

    private readonly Dictionary<string, List<Entry>> _byKey = new(StringComparer.Ordinal);

    public Dictionary<string, SuggestedEntity> Entities { get; } = new(StringComparer.Ordinal);

    public int MaxTokens { get; private set; } = 1;

    public void AddEntity(SuggestedEntity entity)
    {
        if (!Entities.TryAdd(entity.Id, entity)) return;
        AddForm(entity.Id, entity.Kind, entity.Name, "name");
        foreach (var alias in entity.Aliases) AddForm(entity.Id, entity.Kind, alias, "alias");
    }

    public void AddForm(string entityId, NodeKind kind, string form, string rule)
    {
        var tokens = TextScan.Tokens(form);
        if (tokens.Count == 0) return;
        var key = Key(form, tokens);
        var acronym = form.Any(char.IsLetter) && form.Where(char.IsLetter).All(char.IsUpper) && form.Count(char.IsLetter) <= 6;
        var capitalised = tokens.Count == 1 && char.IsUpper(form[tokens[0].Start]);
        if (!_byKey.TryGetValue(key, out var entries)) _byKey[key] = entries = [];
        if (entries.Any(e => e.EntityId == entityId)) return;
        entries.Add(new Entry(entityId, kind, form, rule, acronym, capitalised));
        MaxTokens = Math.Max(MaxTokens, tokens.Count);
    }

    /// <summary>The first entry for these tokens of the text whose case rule the text satisfies.</summary>
    public Entry? Find(string text, IReadOnlyList<TextScan.Token> tokens, int first, int count)
    {
        var key = string.Join(' ', Enumerable.Range(first, count).Select(i => text[tokens[i].Start..tokens[i].End].ToLowerInvariant()));
        if (!_byKey.TryGetValue(key, out var entries)) return null;
        foreach (var e in entries)
        {
            if (e.Acronym)
            {
                var letters = string.Concat(Enumerable.Range(first, count).Select(i => text[tokens[i].Start..tokens[i].End]));
                if (letters != string.Concat(TextScan.Tokens(e.Form).Select(t => e.Form[t.Start..t.End]))) continue;
            }
            else if (e.Capitalised && !char.IsUpper(text[tokens[first].Start])) continue;
            return e;
        }
        return null;
    }

    private static string Key(string form, IReadOnlyList<TextScan.Token> tokens) =>
        string.Join(' ', tokens.Select(t => form[t.Start..t.End].ToLowerInvariant()));

    /// <summary>The countries of the catalog with every form a report names them by.</summary>
    public void AddCountries(CountryCatalog catalog, CountryForms forms)
    {
        foreach (var c in catalog.All)
        {
            var id = NodeIds.ForCountry(c.Alpha2);
            AddEntity(new SuggestedEntity(id, NodeKind.Country, c.Name, [], null, Known: true, "country"));
            var paren = c.Name.IndexOf(" (", StringComparison.Ordinal);
            if (paren > 0) AddForm(id, NodeKind.Country, c.Name[..paren], "country");
            if (c.Capital is not null) AddForm(id, NodeKind.Country, c.Capital, "capital");
            AddForm(id, NodeKind.Country, c.Alpha3, "country");
            foreach (var name in forms.ShortNames(c.Alpha2)) AddForm(id, NodeKind.Country, name, "country");
            foreach (var demonym in forms.Demonyms(c.Alpha2)) AddForm(id, NodeKind.Country, demonym, "demonym");
        }
    }
}

/// <summary>Countries/demonyms.json: the short names and demonyms reports use ("US", "Chinese"), by alpha-2 code.</summary>
public sealed class CountryForms
{
    private readonly Dictionary<string, (string[] ShortNames, string[] Demonyms)> _byAlpha2;

    private CountryForms(Dictionary<string, (string[], string[])> byAlpha2) => _byAlpha2 = byAlpha2;

    public static CountryForms Default { get; } = Load();

    public IReadOnlyCollection<string> Codes => _byAlpha2.Keys;

    public IReadOnlyList<string> ShortNames(string alpha2) => _byAlpha2.TryGetValue(alpha2, out var f) ? f.ShortNames : [];

    public IReadOnlyList<string> Demonyms(string alpha2) => _byAlpha2.TryGetValue(alpha2, out var f) ? f.Demonyms : [];

    private static CountryForms Load()
    {
        using var stream = typeof(CountryForms).Assembly.GetManifestResourceStream("GeoGraph.Core.Countries.demonyms.json")
            ?? throw new InvalidOperationException("demonyms.json is not embedded");
        using var doc = JsonDocument.Parse(stream);
        var byAlpha2 = new Dictionary<string, (string[], string[])>(StringComparer.Ordinal);
        foreach (var country in doc.RootElement.GetProperty("countries").EnumerateObject())
            byAlpha2[country.Name] = (Strings(country.Value, "shortNames"), Strings(country.Value, "demonyms"));
        return new CountryForms(byAlpha2);
    }

    private static string[] Strings(JsonElement e, string property) =>
        e.TryGetProperty(property, out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];
}
