using System.Globalization;
using System.Text;
using GeoGraph.Core.Countries;
using GeoGraph.Core.Ids;
using GeoGraph.Core.Ingestion;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Vocabulary;

namespace GeoGraph.Core.Synthetic;

/// <summary>What to generate. The same options always generate the same graph.</summary>
public sealed record SyntheticGraphOptions
{
    public int Seed { get; init; } = 1;

    /// <summary>
    /// Persons, organisations, commodities, events and claims, on top of the ISO countries
    /// (CountryCatalog.Default), split 40/25/5/20/10 unless a kind's count is given.
    /// </summary>
    public int Entities { get; init; } = 1_000;

    public int? Persons { get; init; }
    public int? Organizations { get; init; }
    public int? Commodities { get; init; }
    public int? Events { get; init; }
    public int? Claims { get; init; }

    /// <summary>Articles, each with generated text that holds every quote cited from it.</summary>
    public int Articles { get; init; } = 500;

    /// <summary>Distinct relations, each cited one to three times.</summary>
    public int Relations { get; init; } = 5_000;

    /// <summary>
    /// At most this many relations (and nodes) per batch, so each <c>ApplyAsync</c> stays one
    /// modest transaction; a batch also holds at most <see cref="SyntheticGraph.MaxArticlesPerChunk"/> articles.
    /// </summary>
    public int BatchSize { get; init; } = 5_000;

    /// <summary>When the graph was recorded; relations are recorded shortly after, one second apart.</summary>
    public DateTimeOffset RecordedAt { get; init; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The graph at scale <paramref name="scale"/> (issue 8): 40·S persons, 10·S organisations,
    /// 200 commodities, 20·S events, 5·S claims, 50·S articles and 1000·S relations.
    /// </summary>
    public static SyntheticGraphOptions ForScale(int scale, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        return new SyntheticGraphOptions
        {
            Seed = seed, Persons = 40 * scale, Organizations = 10 * scale, Commodities = 200, Events = 20 * scale, Claims = 5 * scale,
            Articles = 50 * scale, Relations = 1_000 * scale,
        };
    }

    internal (int Persons, int Organizations, int Commodities, int Events, int Claims) Counts
    {
        get
        {
            var n = Entities;
            int persons = Persons ?? n * 40 / 100, orgs = Organizations ?? n * 25 / 100, commodities = Commodities ?? n * 5 / 100,
                events = Events ?? n * 20 / 100;
            var claims = Claims ?? Math.Max(0, n - persons - orgs - commodities - events);
            return (persons, orgs, commodities, events, claims);
        }
    }

    /// <summary>A file-name-safe key naming these options (for caching what they generate).</summary>
    public string CacheKey
    {
        get
        {
            var (p, o, c, e, k) = Counts;
            return string.Create(CultureInfo.InvariantCulture,
                $"s{Seed}-n{p}.{o}.{c}.{e}.{k}-a{Articles}-r{Relations}-b{BatchSize}-t{RecordedAt.UtcTicks}-v{SyntheticGraph.Version}");
        }
    }
}

/// <summary>
/// One step of a generated graph: nodes, or a group of articles with the relations and citations
/// that cite them (every citation of a chunk's relations quotes one of the chunk's articles).
/// </summary>
public sealed record SyntheticChunk(IReadOnlyList<Node> Nodes, IReadOnlyList<Article> Articles, IReadOnlyList<Relation> Relations, IReadOnlyList<Citation> Citations);

/// <summary>
/// A deterministic, realistic-looking graph for benchmarks, tests and <c>geograph synth</c>: the
/// real ISO countries plus generated persons, organisations, commodities, events and claims;
/// articles with generated text; relations drawn from the real vocabulary (kinds respected) with
/// a heavy-tailed degree (the great powers are hubs, many nodes are leaves), one to three
/// citations each whose quotes occur in their article's text at their offsets, qualifiers and
/// validity periods over 2015–2026 on some, 5% retracted, and claims both asserted and denied
/// (disputed). Chunks come in order: nodes, then article groups with their relations and
/// citations, so applying them in order never refers to anything not yet stored.
/// </summary>
public static class SyntheticGraph
{
    /// <summary>Bumped whenever the output for given options changes (3: drawn from the 51-type vocabulary).</summary>
    public const int Version = 3;

    public const string RecordedBy = "synth";

    public const string RetractReason = "synthetic retraction";

    /// <summary>A bundle's article limit (<see cref="Bundles.BundleValidator"/>), so every chunk fits one bundle.</summary>
    public const int MaxArticlesPerChunk = 100;

    /// <summary>The graph as store batches (one per chunk).</summary>
    public static IEnumerable<IngestionBatch> Generate(SyntheticGraphOptions options) =>
        Chunks(options).Select(c => new IngestionBatch(c.Articles, c.Nodes, c.Relations, c.Citations));

    public static IEnumerable<SyntheticChunk> Chunks(SyntheticGraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Entities);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Relations);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        if (options.Relations > 0 && options.Articles < 1)
            throw new ArgumentOutOfRangeException(nameof(options), "relations need at least one article to cite");
        if (options.Relations > 0 && (options.Relations + options.BatchSize - 1) / options.BatchSize > options.Articles)
            throw new ArgumentOutOfRangeException(nameof(options), "every batch of relations needs an article of its own to cite");
        return new Generator(options).Chunks();
    }

    private sealed class Generator(SyntheticGraphOptions o)
    {
        private readonly Random _rng = new(o.Seed);
        private readonly Dictionary<NodeKind, List<string>> _byKind = Enum.GetValues<NodeKind>().ToDictionary(k => k, _ => new List<string>());
        private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
        private int _articleIndex;

        public IEnumerable<SyntheticChunk> Chunks()
        {
            foreach (var chunk in MakeNodes().Chunk(o.BatchSize)) yield return new SyntheticChunk(chunk, [], [], []);

            // Article groups: each chunk's relations cite only its own articles, so a chunk is a
            // self-contained bundle (articles with their text, and the quotes verified against it).
            var groups = Math.Max((o.Articles + MaxArticlesPerChunk - 1) / MaxArticlesPerChunk, (o.Relations + o.BatchSize - 1) / o.BatchSize);
            groups = Math.Max(groups, 1);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var failures = 0;
            for (var g = 0; g < groups; g++)
            {
                var articleCount = Share(o.Articles, g, groups);
                var relationCount = Share(o.Relations, g, groups);
                var pending = Enumerable.Range(0, articleCount).Select(_ => new List<string>()).ToList();
                var drafts = new List<(Relation Relation, List<(int Article, string Quote, string? Speaker)> Cites)>(relationCount);
                var types = RelationVocabulary.Default.All;
                while (drafts.Count < relationCount)
                {
                    var relation = MakeRelation(PickType(types), seen.Count);
                    if (relation is null || !seen.Add(relation.Id))
                    {
                        // A vocabulary type with no node of a required kind, or a repeated fact: draw again.
                        if (++failures > 1_000 + o.Relations * 10)
                            throw new InvalidOperationException("too few entities to draw that many distinct relations");
                        continue;
                    }
                    drafts.Add((relation, DraftCitations(relation, pending)));
                }
                var articles = pending.Select(MakeArticle).ToList();
                var citations = new List<Citation>(drafts.Count * 2);
                foreach (var (relation, cites) in drafts)
                    foreach (var (index, quote, speaker) in cites)
                    {
                        var article = articles[index];
                        // Offsets point at the quote's first occurrence, as the bundle rules say.
                        var start = article.Text!.IndexOf(quote, StringComparison.Ordinal);
                        citations.Add(new Citation(relation.Id, article.Id, quote, start, start + quote.Length, speaker,
                            speaker is null ? CitationStance.Asserts : CitationStance.Reports, Verified: true));
                    }
                yield return new SyntheticChunk([], articles, drafts.Select(d => d.Relation).ToArray(), citations);
            }
        }

        private static int Share(int total, int part, int parts) => (int)((long)total * (part + 1) / parts - (long)total * part / parts);

        // ---- nodes ------------------------------------------------------------------------

        private List<Node> MakeNodes()
        {
            var t = o.RecordedAt;
            var countries = CountryCatalog.Default.ToNodes(t).ToList();
            // The big news countries first (they become the hubs), the rest in a seeded order.
            var rest = countries.Where(c => !BigCountries.Contains(c.Id)).OrderBy(_ => _rng.Next()).ToList();
            var ordered = BigCountries.Select(id => countries.Find(c => c.Id == id)).OfType<Node>().Concat(rest).ToList();

            var nodes = new List<Node>();
            foreach (var country in ordered) nodes.Add(Add(country));
            // org:unattributed-reports speaks for "reports said" (DESIGN §3); it is the first organisation.
            nodes.Add(Add(new Node("org:unattributed-reports", NodeKind.Organization, "Unattributed reports", [], "Assertions an article attributes to nobody", t)));

            var (persons, orgs, commodities, events, claims) = o.Counts;
            for (var i = 0; i < persons; i++) nodes.Add(Add(MakePerson(i, t)));
            for (var i = 0; i < orgs; i++) nodes.Add(Add(MakeOrganization(i, t)));
            for (var i = 0; i < commodities; i++) nodes.Add(Add(MakeCommodity(i, t)));
            for (var i = 0; i < events; i++) nodes.Add(Add(MakeEvent(i, t)));
            for (var i = 0; i < claims; i++) nodes.Add(Add(MakeClaim(i, t)));
            return nodes;
        }

        private Node Add(Node node)
        {
            _byKind[node.Kind].Add(node.Id);
            _names[node.Id] = node.Name;
            return node;
        }

        private Node MakePerson(int i, DateTimeOffset t)
        {
            var first = Pick(FirstNames);
            var last = Pick(LastNames);
            var name = $"{first} {last}";
            string[] aliases = _rng.Next(4) == 0 ? [$"{first[0]}. {last}"] : [];
            return new Node($"person:{Slug(name)}-{i}", NodeKind.Person, name, aliases, $"{Pick(Roles)} ({Pick(CountryAdjectives)})", t);
        }

        private Node MakeOrganization(int i, DateTimeOffset t)
        {
            var name = $"{Pick(OrgAdjectives)} {Pick(OrgNouns)} {Pick(OrgSuffixes)}";
            string[] aliases = _rng.Next(3) == 0 ? [Acronym(name)] : [];
            return new Node($"org:{Slug(name)}-{i}", NodeKind.Organization, name, aliases, null, t);
        }

        private Node MakeCommodity(int i, DateTimeOffset t)
        {
            var name = i < Commodities.Length ? Commodities[i] : $"{Pick(Commodities)} ({Pick(CommodityGrades)})";
            return new Node($"commodity:{Slug(name)}-{i}", NodeKind.Commodity, name, [], null, t);
        }

        private Node MakeEvent(int i, DateTimeOffset t)
        {
            var year = 2015 + _rng.Next(12);
            var month = 1 + _rng.Next(12);
            var name = $"{Pick(CountryAdjectives)} {Pick(EventNouns)} of {MonthName(month)} {year}";
            return new Node($"event:{Slug(name)}-{i}", NodeKind.Event, name, [], null, t);
        }

        private Node MakeClaim(int i, DateTimeOffset t)
        {
            var name = $"{Pick(CountryAdjectives)} {Pick(OrgNouns).ToLowerInvariant()} {Pick(ClaimPredicates)}";
            return new Node($"claim:synthetic-{i}", NodeKind.Claim, name, [], null, t);
        }

        // ---- articles ---------------------------------------------------------------------

        /// <summary>
        /// An article whose text holds its quotes, each as a sentence of its own, between a
        /// headline and filler sentences; its id and hash derive from that text, as ingestion derives them.
        /// </summary>
        private Article MakeArticle(List<string> quotes)
        {
            var i = _articleIndex++;
            var publisher = Pick(Publishers);
            var title = $"{Pick(CountryAdjectives)} {Pick(EventNouns)} {Pick(Headlines)}";
            var text = new StringBuilder(title.Length + 64 + quotes.Sum(q => q.Length + 60));
            text.Append(title).Append("\n\n").Append(Pick(Fillers));
            var inParagraph = 1;
            foreach (var quote in quotes)
            {
                if (inParagraph >= 3 || _rng.Next(3) == 0)
                {
                    text.Append("\n\n");
                    inParagraph = 0;
                }
                else text.Append(' ');
                if (_rng.Next(3) == 0)
                {
                    text.Append(Pick(Fillers)).Append(' ');
                    inParagraph++;
                }
                text.Append(quote);
                inParagraph++;
            }
            var normalised = ArticleText.Normalize(text.ToString());
            var sha = ContentIds.Sha256Hex(normalised);
            var published = new DateTimeOffset(2015, 1, 1, 0, 0, 0, TimeSpan.Zero)
                .AddDays(_rng.Next(11 * 365 + 2)).AddMinutes(_rng.Next(24 * 60));
            return new Article(
                ContentIds.ForArticle(sha), title, publisher,
                string.Create(CultureInfo.InvariantCulture, $"https://news.example/{Slug(publisher)}/{i}-{sha[..8]}"), published, "en",
                sha, normalised.Length, normalised, o.RecordedAt);
        }

        // ---- relations --------------------------------------------------------------------

        private RelationType PickType(IReadOnlyList<RelationType> types)
        {
            // Claims draw their speakers more often than the other types are drawn, so many
            // claims get both supporters and deniers (some disputed, as in real coverage).
            var roll = _rng.Next(100);
            string? favoured = roll switch
            {
                < 6 => "ASSERTS",
                < 9 => "DENIES",
                < 11 => "SPECULATES",
                < 12 => "DENIES_LINK",
                < 16 => "CONCERNS",
                _ => null,
            };
            return favoured is not null ? types.First(t => t.Type == favoured) : types[_rng.Next(types.Count)];
        }

        private Relation? MakeRelation(RelationType type, int index)
        {
            var subjectKind = PickKind(type.SubjectKinds);
            var objectKind = PickKind(type.ObjectKinds);
            var subject = PickNode(subjectKind);
            var obj = PickNode(objectKind);
            if (subject is null || obj is null || subject == obj) return null;

            var qualifiers = MakeQualifiers(type.Type);
            PartialDate? from = null, to = null;
            if (_rng.Next(100) < 30)
            {
                from = RandomDate(new DateOnly(2015, 1, 1), 10 * 365);
                if (_rng.Next(100) < 35) to = RandomDate(from.Value.End.AddDays(1), 700);
            }
            var recordedAt = o.RecordedAt.AddSeconds(60 + index);
            var retracted = _rng.Next(100) < 5;
            return new Relation(
                ContentIds.ForRelation(GeoGraph.Core.Vocabulary.RelationVocabulary.Default, type.Type, subject, obj, qualifiers, from, to),
                type.Type, subject, obj, qualifiers, from, to,
                Confidence: Math.Round(0.5 + _rng.NextDouble() / 2, 2),
                recordedAt, RecordedBy,
                RetractedAt: retracted ? recordedAt.AddDays(1 + _rng.Next(30)) : null,
                RetractedBy: retracted ? RecordedBy : null,
                RetractReason: retracted ? RetractReason : null);
        }

        private NodeKind PickKind(IReadOnlyList<NodeKind> kinds) => kinds[_rng.Next(kinds.Count)];

        /// <summary>
        /// A node of the kind with a heavy-tailed degree: index ⌊n·u³⌋ puts about a fifth of the
        /// picks on the first 1% of nodes (the hubs), while most nodes are picked rarely or never.
        /// </summary>
        private string? PickNode(NodeKind kind)
        {
            var ids = _byKind[kind];
            if (ids.Count == 0) return null;
            var u = _rng.NextDouble();
            return ids[(int)(ids.Count * u * u * u)];
        }

        private IReadOnlyList<Qualifier> MakeQualifiers(string type)
        {
            if (_rng.Next(100) >= 60) return [];
            return type switch
            {
                "THREATENS_TARIFF" => [Percent("rate", 5 * (1 + _rng.Next(30)))],
                "CONTROLS_SHARE_OF" => [Percent("share", 1 + _rng.Next(99))],
                "IMPORTS" when PickNode(NodeKind.Country) is { } origin => [new Qualifier("origin", origin, null, null, origin)],
                "IMPORTS" => [],
                "EXPORTS_TO" => [Number("volume", 1 + _rng.Next(5_000), "tonnes")],
                "GIFTED" => [new Qualifier("item", Pick(Gifts), null, null, null)],
                "HOLDS_ROLE" => [new Qualifier("role", Pick(Roles), null, null, null)],
                "IMPOSES_EXPORT_CONTROL" => [new Qualifier("scope", Pick(["licensing", "ban", "quota", "reporting"]), null, null, null)],
                _ => _rng.Next(4) == 0 ? [new Qualifier("channel", Pick(["phone call", "summit", "statement", "letter", "interview"]), null, null, null)] : [],
            };
        }

        private static Qualifier Percent(string key, int value) =>
            new(key, value.ToString(CultureInfo.InvariantCulture), value, "percent", null);

        private static Qualifier Number(string key, int value, string unit) =>
            new(key, value.ToString(CultureInfo.InvariantCulture), value, unit, null);

        private PartialDate RandomDate(DateOnly earliest, int spanDays)
        {
            var day = earliest.AddDays(_rng.Next(spanDays));
            return (DatePrecision)_rng.Next(4) switch
            {
                DatePrecision.Week => new PartialDate(day.AddDays(-(((int)day.DayOfWeek + 6) % 7)), DatePrecision.Week),
                DatePrecision.Month => new PartialDate(new DateOnly(day.Year, day.Month, 1), DatePrecision.Month),
                DatePrecision.Year => new PartialDate(new DateOnly(day.Year, 1, 1), DatePrecision.Year),
                _ => new PartialDate(day, DatePrecision.Day),
            };
        }

        /// <summary>
        /// One to three citations (55/30/15%) from distinct articles of the group, mildly skewed
        /// (some articles cite many relations); each quote is added to its article's sentences.
        /// </summary>
        private List<(int Article, string Quote, string? Speaker)> DraftCitations(Relation r, List<List<string>> pending)
        {
            var roll = _rng.Next(100);
            var count = Math.Min(roll < 55 ? 1 : roll < 85 ? 2 : 3, pending.Count);
            var cites = new List<(int, string, string?)>(count);
            var used = new HashSet<int>();
            while (cites.Count < count)
            {
                var u = _rng.NextDouble();
                var index = (int)(pending.Count * u * u);
                if (!used.Add(index)) continue;
                var quote = Quote(r);
                pending[index].Add(quote);
                // Reported speech names its speaker: the subject when it can speak, else "reports said".
                var reports = _rng.Next(100) < 40;
                var speaker = !reports ? null
                    : NodeIds.KindOf(r.SubjectId) is NodeKind.Country or NodeKind.Person or NodeKind.Organization ? r.SubjectId
                    : "org:unattributed-reports";
                cites.Add((index, quote, speaker));
            }
            return cites;
        }

        private string Quote(Relation r) =>
            $"{Pick(QuoteOpenings)} {_names[r.SubjectId]} {r.Type.ToLowerInvariant().Replace('_', ' ')} {_names[r.ObjectId]}{Pick(QuoteEndings)}";

        // ---- helpers ----------------------------------------------------------------------

        private string Pick(IReadOnlyList<string> list) => list[_rng.Next(list.Count)];

        private static string Slug(string s)
        {
            var chars = s.ToLowerInvariant().Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-').ToArray();
            return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        }

        private static string Acronym(string name) =>
            new(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0])).ToArray());

        private static string MonthName(int month) =>
            CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
    }

    private static readonly string[] BigCountries =
        ["country:US", "country:CN", "country:RU", "country:IN", "country:PK", "country:UA", "country:IL", "country:IR",
         "country:DE", "country:FR", "country:GB", "country:JP", "country:TR", "country:SA", "country:BR", "country:KR"];

    private static readonly string[] FirstNames =
        ["Lena", "Omar", "Wei", "Priya", "Kofi", "Ana", "Dmitri", "Fatima", "Hiroshi", "Maria", "Ahmed", "Chen", "Olga", "Rahul",
         "Amara", "Lucas", "Sofia", "Yusuf", "Ingrid", "Mateo", "Aisha", "Kenji", "Elena", "Tariq", "Nadia", "Jonas", "Mei", "Arjun",
         "Zainab", "Pierre", "Leila", "Sergei", "Grace", "Diego", "Hana", "Ivan", "Noor", "Felix", "Camila", "Bilal"];

    private static readonly string[] LastNames =
        ["Okafor", "Haddad", "Zhang", "Sharma", "Mensah", "Silva", "Petrov", "Khan", "Tanaka", "Garcia", "Hassan", "Liu",
         "Ivanova", "Gupta", "Diallo", "Moreau", "Rossi", "Yilmaz", "Larsen", "Fernandez", "Abdullah", "Sato", "Kowalski",
         "Mahmood", "Novak", "Schmidt", "Wang", "Patel", "Bello", "Dubois", "Karimi", "Volkov", "Adeyemi", "Castillo", "Kim",
         "Popescu", "Rahman", "Weber", "Ortiz", "Qureshi"];

    private static readonly string[] Roles =
        ["foreign minister", "trade minister", "president", "prime minister", "central bank governor", "army chief", "spokesperson",
         "ambassador", "chief executive", "finance minister", "senator", "envoy"];

    private static readonly string[] CountryAdjectives =
        ["American", "Chinese", "Russian", "Indian", "Pakistani", "Ukrainian", "Israeli", "Iranian", "German", "French", "British",
         "Japanese", "Turkish", "Saudi", "Brazilian", "Korean", "Nigerian", "Egyptian", "Indonesian", "Mexican", "Canadian", "Australian"];

    private static readonly string[] OrgAdjectives =
        ["Northern", "Global", "United", "Pacific", "Atlantic", "Eastern", "Continental", "National", "Allied", "Central", "Federal",
         "Southern", "Strategic", "Western", "Royal", "People's", "Independent", "International"];

    private static readonly string[] OrgNouns =
        ["Mining", "Energy", "Shipping", "Defence", "Steel", "Lithium", "Trade", "Petroleum", "Semiconductor", "Rail", "Grain",
         "Telecom", "Investment", "Logistics", "Chemicals", "Aerospace", "Security", "Finance", "Development", "Nuclear"];

    private static readonly string[] OrgSuffixes =
        ["Corporation", "Group", "Holdings", "Council", "Ministry", "Agency", "Authority", "Alliance", "Company", "Forum", "Bank", "Commission"];

    private static readonly string[] Commodities =
        ["rare earths", "lithium", "cobalt", "crude oil", "natural gas", "wheat", "soybeans", "copper", "nickel", "gallium",
         "germanium", "graphite", "uranium", "semiconductors", "steel", "aluminium", "coal", "palm oil", "rice", "fertiliser"];

    private static readonly string[] CommodityGrades =
        ["refined", "ore", "concentrate", "battery grade", "industrial grade", "spot cargo", "futures", "processed", "scrap"];

    private static readonly string[] EventNouns =
        ["export controls", "tariff increase", "border clash", "summit", "sanctions package", "naval exercise", "trade deal",
         "election", "ceasefire", "missile test", "embargo", "state visit", "cyberattack", "currency swap", "pipeline deal"];

    private static readonly string[] ClaimPredicates =
        ["was behind the shipment", "received secret payments", "violated the ceasefire", "planned the export ban in advance",
         "exaggerated its reserves", "supplied drones", "hid the test results", "bypassed the sanctions", "staged the incident",
         "funded the protests"];

    private static readonly string[] Publishers =
        ["Reuters", "Associated Press", "Al Jazeera", "Dawn", "The Hindu", "South China Morning Post", "Financial Times",
         "Le Monde", "Der Spiegel", "Nikkei Asia", "BBC News", "Anadolu Agency", "Kyiv Independent", "Times of Israel"];

    private static readonly string[] Headlines =
        ["raise stakes in trade standoff", "draw sharp rebuke", "rattle commodity markets", "spark talks in Geneva",
         "leave allies divided", "test a fragile truce", "prompt emergency meeting", "reshape supply chains"];

    private static readonly string[] Gifts =
        ["ore samples", "a ceremonial sword", "a carpet", "a painting", "a vintage watch", "rare books", "a tea set"];

    private static readonly string[] QuoteOpenings =
        ["Officials said", "According to people familiar with the matter,", "The statement said", "Analysts noted that", "It said"];

    private static readonly string[] QuoteEndings = [".", " on Tuesday.", " last week.", ", sources said.", " in a statement."];

    private static readonly string[] Fillers =
        ["The talks were described as difficult.", "Markets reacted cautiously to the news.", "The ministry did not respond to a request for comment.",
         "Diplomats expect further meetings in the coming weeks.", "The dispute has simmered for months.",
         "Trade figures released on Monday showed little change.", "Opposition lawmakers criticised the move.",
         "Analysts said the decision could affect supply chains.", "The announcement came after weeks of speculation.",
         "Neither side gave further details."];
}
