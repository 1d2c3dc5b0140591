using GeoGraph.Core.Ids;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Testing.Storage;

/// <summary>
/// The small graph every contract test starts from, built in code so the suite does not depend on
/// the seed bundle: countries, people, organisations whose names rank differently in a search,
/// three claims (one disputed), relations with qualifiers and validity periods of each precision,
/// and a chain A–B–C–D (with detours via E and a retracted shortcut A–D) for traversals.
/// </summary>
public sealed class ContractGraph
{
    /// <summary>When everything was recorded, except <see cref="RCD"/>.</summary>
    public static readonly DateTimeOffset T0 = new(2025, 10, 14, 6, 0, 0, TimeSpan.Zero);
    /// <summary>When C–D was recorded.</summary>
    public static readonly DateTimeOffset T1 = new(2025, 10, 16, 0, 0, 0, TimeSpan.Zero);
    /// <summary>When <see cref="RSpeculates"/> and <see cref="RAD"/> were retracted.</summary>
    public static readonly DateTimeOffset TRetract = new(2025, 10, 20, 12, 0, 0, TimeSpan.Zero);

    public const string Recorder = "contract-suite";

    // Nodes.
    public const string CN = "country:CN", IN = "country:IN", PK = "country:PK", TR = "country:TR", US = "country:US";
    public const string Trump = "person:donald-trump", LinJian = "person:lin-jian", Munir = "person:asim-munir";
    public const string A = "person:chain-a", B = "person:chain-b", C = "person:chain-c", D = "person:chain-d", E = "person:chain-e";
    public const string Reports = "org:unattributed-reports", EU = "org:eu";
    public const string Mining = "org:mining", Zeta = "org:zeta", Chamber = "org:chamber", DeepMining = "org:deep-mining-group",
        MiningAssociation = "org:mining-association", GlobalMining = "org:global-mining-forum";
    public const string RareEarths = "commodity:rare-earths", Controls = "event:cn-export-controls";
    public const string GiftClaim = "claim:gift-held-rare-earths", LinkClaim = "claim:controls-linked-to-gift", ShipmentClaim = "claim:pakistan-shipment";

    public IReadOnlyList<Node> Nodes { get; }
    public IReadOnlyList<Article> Articles { get; }
    public IReadOnlyList<Relation> Relations { get; }
    public IReadOnlyList<Citation> Citations { get; }

    // Articles; Tariffs is stored without its text, which TariffsText fills in later.
    public Article Beijing { get; }
    public Article Tariffs { get; }
    public Article RareEarthsArticle { get; }
    public Article Chain { get; }
    public string TariffsText { get; }

    // Relations.
    public Relation RImposes { get; }
    public Relation RTariff { get; }
    public Relation RMiningShare { get; }
    public Relation RImportsUS { get; }
    public Relation RImportsIN { get; }
    public Relation RImportsEU { get; }
    public Relation RAllied { get; }
    public Relation RTies { get; }
    public Relation RRole { get; }
    public Relation RGifted { get; }
    public Relation RAsserts { get; }
    public Relation RDenies { get; }
    public Relation RDeniesLink { get; }
    public Relation RSpeculates { get; }
    public Relation RShipment { get; }
    public Relation RAB { get; }
    public Relation RBC { get; }
    public Relation RCD { get; }
    public Relation RAE { get; }
    public Relation REC { get; }
    public Relation RAD { get; }

    /// <summary>Relations retracted (at <see cref="TRetract"/>) after the batch is applied.</summary>
    public IReadOnlyList<Relation> Retracted => [RSpeculates, RAD];

    public ContractGraph()
    {
        Nodes =
        [
            MakeNode(CN, NodeKind.Country, "China", "Beijing", "PRC") with
            {
                ExternalIds = [new ExternalId("iso3166-alpha2", "CN"), new ExternalId("iso3166-alpha3", "CHN"), new ExternalId("wikidata", "Q148")],
            },
            MakeNode(IN, NodeKind.Country, "India", "New Delhi"),
            MakeNode(PK, NodeKind.Country, "Pakistan", "Islamabad"),
            MakeNode(TR, NodeKind.Country, "Türkiye", "Turkey", "Ankara"),
            MakeNode(US, NodeKind.Country, "United States", "Washington", "USA"),
            MakeNode(Trump, NodeKind.Person, "Donald Trump"),
            MakeNode(LinJian, NodeKind.Person, "Lin Jian") with { Description = "Spokesperson of China's Foreign Ministry" },
            MakeNode(Munir, NodeKind.Person, "Asim Munir", "Field Marshal Asim Munir"),
            MakeNode(A, NodeKind.Person, "Chain A"),
            MakeNode(B, NodeKind.Person, "Chain B"),
            MakeNode(C, NodeKind.Person, "Chain C"),
            MakeNode(D, NodeKind.Person, "Chain D"),
            MakeNode(E, NodeKind.Person, "Chain E"),
            MakeNode(Reports, NodeKind.Organization, "Unattributed reports"),
            MakeNode(EU, NodeKind.Organization, "European Union", "EU") with { ExternalIds = [new ExternalId("wikidata", "Q458")] },
            MakeNode(Mining, NodeKind.Organization, "Mining"),
            MakeNode(Zeta, NodeKind.Organization, "Zeta Holdings", "mining"),
            MakeNode(Chamber, NodeKind.Organization, "Chamber of Commerce", "MINING CHAMBER"),
            MakeNode(DeepMining, NodeKind.Organization, "Deep Mining Group", "Mining Group"),
            MakeNode(MiningAssociation, NodeKind.Organization, "Mining Association"),
            MakeNode(GlobalMining, NodeKind.Organization, "Global Mining Forum"),
            MakeNode(RareEarths, NodeKind.Commodity, "Rare earths", "rare-earth elements"),
            MakeNode(Controls, NodeKind.Event, "China's rare-earth export controls"),
            MakeNode(GiftClaim, NodeKind.Claim, "The gift box held rare-earth ore samples"),
            MakeNode(LinkClaim, NodeKind.Claim, "China's export controls are linked to Pakistan's gift"),
            MakeNode(ShipmentClaim, NodeKind.Claim, "Pakistan sent its first shipment of rare earths to the US"),
        ];

        Beijing = MakeArticle("Beijing denies rare earths link",
            "Beijing denies any link between its rare-earth export controls and Pakistan's gift to Trump. "
            + "China imposed further export controls on rare-earth mining and processing last week. "
            + "Foreign Ministry spokesperson Lin Jian called the reports groundless. "
            + "Reports said the box held rare-earth samples. "
            + "Lin Jian said the items were gem ores bought by staff. "
            + "China and Pakistan share an ironclad friendship. "
            + "Pakistan is developing close ties with Washington.");
        TariffsText = "Trump threatened 100 percent tariffs on Chinese goods. He expressed anger at the export controls.";
        Tariffs = MakeArticle("Trump threatens 100% tariffs", TariffsText) with { Text = null };
        RareEarthsArticle = MakeArticle("Rare earths",
            "China controls about 70 percent of rare-earth mining. The US, the EU and India are the top importers of China's rare earths.");
        Chain = MakeArticle("Rare earths supply chains",
            "A cooperates with B. B cooperates with C. C cooperates with D. A cooperates with E. E is allied with C. A cooperates with D.");
        Articles = [Beijing, Tariffs, RareEarthsArticle, Chain];

        var citations = new List<Citation>();
        var week = new PartialDate(new DateOnly(2025, 10, 6), DatePrecision.Week);
        RImposes = Rel(CN, "IMPOSES_EXPORT_CONTROL", RareEarths, [Q("scope", "mining and processing")], from: week);
        // Added later-start first, so reads must order them.
        Cite(RImposes, Beijing, "China imposed further export controls on rare-earth mining and processing last week");
        Cite(RImposes, Beijing, "rare-earth export controls");
        RTariff = Rel(Trump, "THREATENS_TARIFF", CN, [new Qualifier("rate", "100", 100, "percent", null)],
            from: new PartialDate(new DateOnly(2025, 10, 1), DatePrecision.Month), confidence: 0.9);
        Cite(RTariff, Tariffs, "Trump threatened 100 percent tariffs on Chinese goods", CitationStance.Reports, text: TariffsText);
        var year2025 = new PartialDate(new DateOnly(2025, 1, 1), DatePrecision.Year);
        RMiningShare = Rel(CN, "CONTROLS_SHARE_OF", RareEarths,
            [Q("activity", "mining"), new Qualifier("share", "70", 70, "percent", null)], from: year2025, to: year2025, confidence: 0.75);
        Cite(RMiningShare, RareEarthsArticle, "China controls about 70 percent of rare-earth mining");
        var origin = new Qualifier("origin", CN, null, null, CN);
        RImportsUS = Rel(US, "IMPORTS", RareEarths, [origin]);
        RImportsIN = Rel(IN, "IMPORTS", RareEarths, [origin]);
        RImportsEU = Rel(EU, "IMPORTS", RareEarths, [origin]);
        foreach (var r in new[] { RImportsUS, RImportsIN, RImportsEU })
            Cite(r, RareEarthsArticle, "The US, the EU and India are the top importers of China's rare earths");
        RAllied = Rel(CN, "ALLIED_WITH", PK, [],
            from: new PartialDate(new DateOnly(2015, 4, 20), DatePrecision.Day), to: week);
        Cite(RAllied, Beijing, "China and Pakistan share an ironclad friendship");
        RTies = Rel(PK, "DEVELOPS_TIES_WITH", US, [],
            from: new PartialDate(new DateOnly(2025, 6, 1), DatePrecision.Month), to: new PartialDate(new DateOnly(2025, 9, 1), DatePrecision.Month));
        Cite(RTies, Beijing, "Pakistan is developing close ties with Washington");
        RRole = Rel(LinJian, "HOLDS_ROLE", CN, [Q("role", "spokesperson")]);
        Cite(RRole, Beijing, "Foreign Ministry spokesperson Lin Jian");
        RGifted = Rel(Munir, "GIFTED", Trump, [Q("item", "ore samples")]);
        Cite(RGifted, Beijing, "Pakistan's gift to Trump");
        RAsserts = Rel(Reports, "ASSERTS", GiftClaim, []);
        Cite(RAsserts, Beijing, "Reports said the box held rare-earth samples", CitationStance.Reports);
        RDenies = Rel(LinJian, "DENIES", GiftClaim, []);
        Cite(RDenies, Beijing, "Lin Jian said the items were gem ores bought by staff", CitationStance.Reports, speaker: LinJian);
        RDeniesLink = Rel(CN, "DENIES_LINK", LinkClaim, []);
        Cite(RDeniesLink, Beijing, "Beijing denies any link", CitationStance.Reports, speaker: LinJian);
        RSpeculates = Rel(Reports, "SPECULATES", LinkClaim, []);
        Cite(RSpeculates, Beijing, "link between its rare-earth export controls and Pakistan's gift", CitationStance.Reports);
        RShipment = Rel(Reports, "ASSERTS", ShipmentClaim, []);
        Cite(RShipment, RareEarthsArticle, "the top importers of China's rare earths", CitationStance.Reports);

        var cooperates = "COOPERATES_WITH";
        RAB = Rel(A, cooperates, B, []);
        RBC = Rel(B, cooperates, C, [], to: new PartialDate(new DateOnly(2020, 1, 1), DatePrecision.Year));
        RCD = Rel(C, cooperates, D, []) with { RecordedAt = T1 };
        RAE = Rel(A, cooperates, E, []);
        REC = Rel(E, "ALLIED_WITH", C, []);
        RAD = Rel(A, cooperates, D, [], from: new PartialDate(new DateOnly(2024, 1, 1), DatePrecision.Year));
        Cite(RAB, Chain, "A cooperates with B");
        Cite(RBC, Chain, "B cooperates with C");
        Cite(RCD, Chain, "C cooperates with D");
        Cite(RAE, Chain, "A cooperates with E");
        Cite(REC, Chain, "E is allied with C");
        Cite(RAD, Chain, "A cooperates with D");

        Relations =
        [
            RImposes, RTariff, RMiningShare, RImportsUS, RImportsIN, RImportsEU, RAllied, RTies, RRole, RGifted,
            RAsserts, RDenies, RDeniesLink, RSpeculates, RShipment, RAB, RBC, RCD, RAE, REC, RAD,
        ];
        Citations = citations;

        void Cite(Relation r, Article a, string quote, CitationStance stance = CitationStance.Asserts, string? speaker = null, string? text = null)
        {
            var body = a.Text ?? text ?? throw new ArgumentException("no text to cite", nameof(a));
            var start = body.IndexOf(quote, StringComparison.Ordinal);
            if (start < 0) throw new ArgumentException($"'{quote}' is not in {a.Title}", nameof(quote));
            // As the Ingestor records it: each citation keeps its relation's describing qualifiers.
            citations.Add(new Citation(r.Id, a.Id, quote, start, start + quote.Length, speaker, stance, Verified: a.Text is not null)
            {
                Qualifiers = FactQualifiers.Describing(Core.Vocabulary.RelationVocabulary.Default, r.Type, r.Qualifiers),
            });
        }
    }

    public IngestionBatch Batch => new(Articles, Nodes, Relations, Citations);

    /// <summary>Ids in the order every listing returns them.</summary>
    public static string[] Ordered(params IEnumerable<string>[] ids) => ids.SelectMany(x => x).Order(StringComparer.Ordinal).ToArray();

    public static string[] Ordered(params Relation[] relations) => Ordered(relations.Select(r => r.Id));

    public Relation RelationOf(string id) => Relations.Single(r => r.Id == id);

    public Node NodeOf(string id) => Nodes.Single(n => n.Id == id);

    /// <summary>The non-claim nodes, which an unfiltered node listing returns.</summary>
    public string[] EntityIds => Ordered(Nodes.Where(n => n.Kind != NodeKind.Claim).Select(n => n.Id));

    /// <summary>Relations visible now: all but the retracted ones.</summary>
    public string[] VisibleRelationIds => Ordered(Relations.Except(Retracted).Select(r => r.Id));

    private static Node MakeNode(string id, NodeKind kind, string name, params string[] aliases) => new(id, kind, name, aliases, null, T0);

    public static Qualifier Q(string key, string value) => new(key, value, null, null, null);

    public static Relation Rel(string subject, string type, string obj, Qualifier[] qualifiers,
        PartialDate? from = null, PartialDate? to = null, double confidence = 1.0) =>
        new(ContentIds.ForRelation(GeoGraph.Core.Vocabulary.RelationVocabulary.Default, type, subject, obj, qualifiers, from, to), type, subject, obj, qualifiers, from, to, confidence, T0, Recorder);

    public static Article MakeArticle(string title, string text)
    {
        var sha = ContentIds.Sha256Hex(text);
        return new Article(ContentIds.ForArticle(sha), title, "Example Wire", "https://news.example/" + sha[..8], new DateTimeOffset(2025, 10, 14, 4, 30, 0, TimeSpan.FromHours(5.5)),
            "en", sha, text.Length, text, T0);
    }
}
