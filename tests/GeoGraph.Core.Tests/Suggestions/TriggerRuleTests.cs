using GeoGraph.Core.Model;
using GeoGraph.Core.Suggestions;
using GeoGraph.Core.Vocabulary;

namespace GeoGraph.Core.Tests.Suggestions;

/// <summary>
/// Every trigger rule of relation-triggers.json on news sentences written for these tests, in
/// several outlets' phrasings (none from the founding article or the held-out texts): each
/// <see cref="Hit"/> must give its type with that subject, object and quote (at its first
/// occurrence); each <see cref="Miss"/> must not give the type at all — a threat is not the act,
/// "denied imposing" is no imposition, a planned meeting is not a meeting.
/// </summary>
public class TriggerRuleTests
{
    public sealed record Hit(string Type, string Text, string Subject, string Object, string Quote);

    public sealed record Miss(string Type, string Text, string Why);

    public static readonly Hit[] Hits =
    [
        // Tariffs: the act
        new("IMPOSES_TARIFF", "The United States imposed tariffs of 25 percent on Canadian steel on Tuesday.", "country:US", "country:CA", "United States imposed tariffs of 25 percent on Canadian"),
        new("IMPOSES_TARIFF", "Washington slapped a 145% tariff on Chinese imports last month, officials said.", "country:US", "country:CN", "Washington slapped a 145% tariff on Chinese"),
        new("IMPOSES_TARIFF", "India raised import duties on American almonds to 50 per cent.", "country:IN", "country:US", "India raised import duties on American almonds to 50 per cent"),
        new("IMPOSES_TARIFF", "Trump hit Brazil with 50% tariffs over the trial of Jair Bolsonaro.", "person:donald-trump", "country:BR", "Trump hit Brazil with 50% tariffs"),
        new("IMPOSES_TARIFF", "China's new tariffs on Canada took effect on Thursday.", "country:CN", "country:CA", "China's new tariffs on Canada"),
        new("IMPOSES_TARIFF", "China retaliated with 34% tariffs on US goods.", "country:CN", "country:US", "China retaliated with 34% tariffs on US"),
        // Tariffs: the threat
        new("THREATENS_TARIFF", "Trump threatened to impose tariffs on Mexico.", "person:donald-trump", "country:MX", "Trump threatened to impose tariffs on Mexico"),
        new("THREATENS_TARIFF", "The European Union warned it would impose duties on American whiskey if talks fail.", "org:eu", "country:US", "European Union warned it would impose duties on American"),
        new("THREATENS_TARIFF", "Canada could impose tariffs on US goods as early as next week.", "country:CA", "country:US", "Canada could impose tariffs on US"),
        new("THREATENS_TARIFF", "President Donald Trump vowed to hit Canada with tariffs of 35 percent.", "person:donald-trump", "country:CA", "Donald Trump vowed to hit Canada with tariffs of 35 percent"),
        // Sanctions: the act
        new("IMPOSES_SANCTIONS", "The European Union imposed sanctions on Russia over the invasion of Ukraine.", "org:eu", "country:RU", "European Union imposed sanctions on Russia"),
        new("IMPOSES_SANCTIONS", "The US Treasury sanctioned three Chinese firms for supplying drones to Iran.", "org:us-treasury", "country:CN", "US Treasury sanctioned three Chinese"),
        new("IMPOSES_SANCTIONS", "Britain slapped fresh sanctions on Iran on Monday, targeting its oil exports.", "country:GB", "country:IR", "Britain slapped fresh sanctions on Iran"),
        new("IMPOSES_SANCTIONS", "Washington hit Venezuela with new sanctions after the disputed election.", "country:US", "country:VE", "Washington hit Venezuela with new sanctions"),
        new("IMPOSES_SANCTIONS", "The EU imposed its 19th sanctions package on Russia.", "org:eu", "country:RU", "EU imposed its 19th sanctions package on Russia"),
        new("IMPOSES_SANCTIONS", "The UK blacklisted a Chinese company over its ties to Russia's military.", "country:GB", "country:CN", "UK blacklisted a Chinese"),
        // Sanctions: the threat
        new("THREATENS_SANCTIONS", "The EU threatened Belarus with sanctions over the migrant crisis.", "org:eu", "country:BY", "EU threatened Belarus with sanctions"),
        new("THREATENS_SANCTIONS", "Washington warned that it could impose sanctions on Turkey over the missile purchase.", "country:US", "country:TR", "Washington warned that it could impose sanctions on Turkey"),
        new("THREATENS_SANCTIONS", "The United States could sanction Turkey over the purchase.", "country:US", "country:TR", "United States could sanction Turkey"),
        new("THREATENS_SANCTIONS", "China warned it would retaliate with sanctions against US defence firms.", "country:CN", "country:US", "China warned it would retaliate with sanctions against US"),
        // Calling off: the act and the threat
        new("CANCELS", "Trump called off the G20 summit on Friday.", "person:donald-trump", "event:g20-summit", "Trump called off the G20 summit"),
        new("CANCELS", "China postponed the trade talks after the incident.", "country:CN", "event:trade-talks", "China postponed the trade talks"),
        new("CANCELS", "Canada suspended trade talks with the United States.", "country:CA", "event:trade-talks", "Canada suspended trade talks"),
        new("THREATENS_TO_CANCEL", "Russia threatened to pull out of the peace conference.", "country:RU", "event:peace-conference", "Russia threatened to pull out of the peace conference"),
        new("THREATENS_TO_CANCEL", "Trump said he might cancel the G20 summit.", "person:donald-trump", "event:g20-summit", "Trump said he might cancel the G20 summit"),
        new("THREATENS_TO_CANCEL", "Trump threatened to call off trade talks with Canada.", "person:donald-trump", "event:trade-talks", "Trump threatened to call off trade talks"),
        new("THREATENS_TO_CANCEL", "Zelensky cast doubt on the peace conference.", "person:volodymyr-zelensky", "event:peace-conference", "Zelensky cast doubt on the peace conference"),
        // Meetings
        new("HOLDS_TALKS_WITH", "Chinese Foreign Minister Wang Yi held talks with his Indian counterpart in New Delhi on Monday.", "person:wang-yi", "country:IN", "Wang Yi held talks with his Indian"),
        new("HOLDS_TALKS_WITH", "German Chancellor Friedrich Merz met French President Emmanuel Macron in Berlin.", "person:friedrich-merz", "person:emmanuel-macron", "Friedrich Merz met French President Emmanuel Macron"),
        new("HOLDS_TALKS_WITH", "Iran and the United States held indirect talks in Muscat.", "country:IR", "country:US", "Iran and the United States held indirect talks"),
        new("HOLDS_TALKS_WITH", "Trump met with Putin in Anchorage.", "person:donald-trump", "person:vladimir-putin", "Trump met with Putin"),
        new("HOLDS_TALKS_WITH", "Japan and South Korea held a summit in Tokyo on Saturday.", "country:JP", "country:KR", "Japan and South Korea held a summit"),
        new("HOLDS_TALKS_WITH", "Talks between Russia and Ukraine resumed in Istanbul.", "country:RU", "country:UA", "Talks between Russia and Ukraine"),
        new("AGREES_TO_MEET", "India agreed to resume talks with Pakistan next month.", "country:IN", "country:PK", "India agreed to resume talks with Pakistan"),
        new("AGREES_TO_MEET", "Putin will meet Trump in Alaska on Friday.", "person:vladimir-putin", "person:donald-trump", "Putin will meet Trump"),
        new("AGREES_TO_MEET", "The Kremlin said Putin had agreed to meet Zelensky in Istanbul.", "person:vladimir-putin", "person:volodymyr-zelensky", "Putin had agreed to meet Zelensky"),
        new("AGREES_TO_MEET", "Putin said he was ready to meet Zelensky.", "person:vladimir-putin", "person:volodymyr-zelensky", "Putin said he was ready to meet Zelensky"),
        new("COMMUNICATES_WITH", "Trump said he had spoken with Putin by phone.", "person:donald-trump", "person:vladimir-putin", "Trump said he had spoken with Putin"),
        new("VISITS", "Indian Prime Minister Narendra Modi visited Japan last week.", "person:narendra-modi", "country:JP", "Narendra Modi visited Japan"),
        new("VISITS", "Blinken arrived in Beijing on Sunday for a two-day trip.", "person:antony-blinken", "country:CN", "Blinken arrived in Beijing"),
        new("VISITS", "French President Emmanuel Macron paid a state visit to China last spring.", "person:emmanuel-macron", "country:CN", "Emmanuel Macron paid a state visit to China"),
        // Support, agreement, concession, aid
        new("PRAISES", "Zelensky praised Germany for its support.", "person:volodymyr-zelensky", "country:DE", "Zelensky praised Germany"),
        new("PRAISES", "NATO hailed Finland's accession as historic.", "org:nato", "country:FI", "NATO hailed Finland"),
        new("PRAISES", "Japan welcomed India's decision to join the initiative.", "country:JP", "country:IN", "Japan welcomed India"),
        new("SIGNS_AGREEMENT_WITH", "Japan signed a security pact with the Philippines.", "country:JP", "country:PH", "Japan signed a security pact with the Philippines"),
        new("SIGNS_AGREEMENT_WITH", "Saudi Arabia and Pakistan signed a mutual defence agreement in Riyadh.", "country:SA", "country:PK", "Saudi Arabia and Pakistan signed a mutual defence agreement"),
        new("SIGNS_AGREEMENT_WITH", "Indonesia struck a deal with the European Union on tariffs.", "country:ID", "org:eu", "Indonesia struck a deal with the European Union"),
        new("ACCEDES_TO", "Mexico bowed to US pressure and deployed 10,000 troops to the border.", "country:MX", "country:US", "Mexico bowed to US"),
        new("ACCEDES_TO", "Turkey agreed to Sweden's demands on extraditions.", "country:TR", "country:SE", "Turkey agreed to Sweden"),
        new("ACCEDES_TO", "Pakistan gave in to the demands of the IMF.", "country:PK", "org:imf", "Pakistan gave in to the demands of the IMF"),
        new("PROVIDES_AID_TO", "Japan pledged $500 million in aid to Ukraine.", "country:JP", "country:UA", "Japan pledged $500 million in aid to Ukraine"),
        new("PROVIDES_AID_TO", "Germany provided 3 billion euros in military assistance to Ukraine this year.", "country:DE", "country:UA", "Germany provided 3 billion euros in military assistance to Ukraine"),
        new("PROVIDES_AID_TO", "The EU approved a 50 billion euro aid package for Ukraine.", "org:eu", "country:UA", "EU approved a 50 billion euro aid package for Ukraine"),
        new("EASES_SANCTIONS_ON", "Washington lifted sanctions on Syria in June.", "country:US", "country:SY", "Washington lifted sanctions on Syria"),
        new("EASES_SANCTIONS_ON", "The EU lifted its arms embargo on Syria.", "org:eu", "country:SY", "EU lifted its arms embargo on Syria"),
        new("EASES_SANCTIONS_ON", "Canada scrapped tariffs on US goods.", "country:CA", "country:US", "Canada scrapped tariffs on US"),
        new("WITHDRAWS_FORCES_FROM", "The United States withdrew its troops from Afghanistan in 2021.", "country:US", "country:AF", "United States withdrew its troops from Afghanistan"),
        new("WITHDRAWS_FORCES_FROM", "France pulled its last soldiers out of Niger.", "country:FR", "country:NE", "France pulled its last soldiers out of Niger"),
        new("WITHDRAWS_FORCES_FROM", "Israeli forces withdrew from Lebanon in January.", "country:IL", "country:LB", "Israeli forces withdrew from Lebanon"),
        // Requests, demands, accusations, rejections
        new("DEMANDS", "China demanded that Japan retract the remarks.", "country:CN", "country:JP", "China demanded that Japan"),
        new("DEMANDS", "Russia demanded security guarantees from NATO.", "country:RU", "org:nato", "Russia demanded security guarantees from NATO"),
        new("DEMANDS", "Israel ordered Lebanon to halt the attacks.", "country:IL", "country:LB", "Israel ordered Lebanon"),
        new("APPEALS_TO", "The United Nations called on Israel to allow aid into Gaza.", "org:un", "country:IL", "United Nations called on Israel"),
        new("APPEALS_TO", "Macron urged China to use its influence with Russia.", "person:emmanuel-macron", "country:CN", "Macron urged China"),
        new("APPEALS_TO", "Ukraine asked Germany to supply Taurus missiles.", "country:UA", "country:DE", "Ukraine asked Germany"),
        new("INVESTIGATES", "The European Commission opened an investigation into Chinese electric vehicle subsidies.", "org:european-commission", "country:CN", "European Commission opened an investigation into Chinese"),
        new("INVESTIGATES", "China launched an anti-dumping probe into Canadian canola.", "country:CN", "country:CA", "China launched an anti-dumping probe into Canadian"),
        new("INVESTIGATES", "The United States launched an investigation into Brazil's trade practices.", "country:US", "country:BR", "United States launched an investigation into Brazil"),
        new("REJECTS", "Russia rejected Ukraine's peace plan.", "country:RU", "country:UA", "Russia rejected Ukraine"),
        new("REJECTS", "Hamas dismissed the Israeli proposal as a non-starter.", "org:hamas", "country:IL", "Hamas dismissed the Israeli"),
        new("REJECTS", "Ukraine rejected Russia's demands for territory.", "country:UA", "country:RU", "Ukraine rejected Russia"),
        new("CRITICIZES", "China lodged a formal protest with Japan over the remarks.", "country:CN", "country:JP", "China lodged a formal protest with Japan"),
        new("CRITICIZES", "Beijing summoned the Japanese ambassador on Friday.", "country:CN", "country:JP", "Beijing summoned the Japanese"),
        // Threats of force, protest, boycott
        new("THREATENS_FORCE", "North Korea threatened the United States with a nuclear strike.", "country:KP", "country:US", "North Korea threatened the United States with a nuclear strike"),
        new("THREATENS_FORCE", "Iran warned that it would attack Israel if the strikes continue.", "country:IR", "country:IL", "Iran warned that it would attack Israel"),
        new("THREATENS_FORCE", "China said it could use force against Taiwan.", "country:CN", "country:TW", "China said it could use force against Taiwan"),
        new("THREATENS_FORCE", "Trump threatened to bomb Iran.", "person:donald-trump", "country:IR", "Trump threatened to bomb Iran"),
        new("PROTESTS_AGAINST", "Thousands of Serbs demonstrated against the European Union in Belgrade.", "country:RS", "org:eu", "Serbs demonstrated against the European Union"),
        new("PROTESTS_AGAINST", "Hamas supporters rallied outside the Israeli embassy in Amman.", "org:hamas", "org:il-embassy", "Hamas supporters rallied outside the Israeli embassy"),
        new("BOYCOTTS", "India boycotted the G20 summit in South Africa.", "country:IN", "event:g20-summit", "India boycotted the G20 summit"),
        new("BOYCOTTS", "Lithuania boycotted the climate summit in Beijing.", "country:LT", "event:climate-summit", "Lithuania boycotted the climate summit"),
        // Sanction-like acts
        new("REDUCES_RELATIONS_WITH", "Nicaragua cut diplomatic ties with Taiwan.", "country:NI", "country:TW", "Nicaragua cut diplomatic ties with Taiwan"),
        new("REDUCES_RELATIONS_WITH", "Canada recalled its ambassador from India over the killing.", "country:CA", "country:IN", "Canada recalled its ambassador from India"),
        new("REDUCES_RELATIONS_WITH", "The United States withdrew from the World Health Organization.", "country:US", "org:who", "United States withdrew from the World Health Organization"),
        new("REDUCES_RELATIONS_WITH", "Israel closed its embassy in Ireland.", "country:IL", "country:IE", "Israel closed its embassy in Ireland"),
        new("SUSPENDS_AID_TO", "The United States suspended military aid to Ukraine.", "country:US", "country:UA", "United States suspended military aid to Ukraine"),
        new("SUSPENDS_AID_TO", "Germany froze development assistance to Niger after the coup.", "country:DE", "country:NE", "Germany froze development assistance to Niger"),
        new("SUSPENDS_AID_TO", "The United States halted weapons shipments to Ukraine.", "country:US", "country:UA", "United States halted weapons shipments to Ukraine"),
        new("EXPELS", "Russia expelled two German diplomats.", "country:RU", "country:DE", "Russia expelled two German"),
        new("EXPELS", "Poland ordered two Russian diplomats to leave the country.", "country:PL", "country:RU", "Poland ordered two Russian diplomats to leave"),
        new("EXPELS", "Canada expelled six Indian diplomats over the killing.", "country:CA", "country:IN", "Canada expelled six Indian"),
        // Force
        new("MOBILIZES_AGAINST", "Russia massed troops near Ukraine's border.", "country:RU", "country:UA", "Russia massed troops near Ukraine"),
        new("MOBILIZES_AGAINST", "China deployed warships around Taiwan on Monday.", "country:CN", "country:TW", "China deployed warships around Taiwan"),
        new("MOBILIZES_AGAINST", "The United States deployed warships off Venezuela's coast.", "country:US", "country:VE", "United States deployed warships off Venezuela"),
        new("MOBILIZES_AGAINST", "China staged military drills around Taiwan.", "country:CN", "country:TW", "China staged military drills around Taiwan"),
        new("ARRESTS", "Russian authorities arrested Gershkovich in Yekaterinburg.", "country:RU", "person:evan-gershkovich", "Russian authorities arrested Gershkovich"),
        new("ARRESTS", "Russian police detained Navalny at the airport.", "org:ru-police", "person:alexei-navalny", "Russian police detained Navalny"),
        new("ARRESTS", "Navalny was arrested by Russian police at the airport.", "org:ru-police", "person:alexei-navalny", "Navalny was arrested by Russian police"),
        new("BLOCKADES", "Azerbaijan blockaded Armenia for months.", "country:AZ", "country:AM", "Azerbaijan blockaded Armenia"),
        new("BLOCKADES", "China blocked Philippine vessels from reaching Second Thomas Shoal.", "country:CN", "country:PH", "China blocked Philippine"),
        new("BLOCKADES", "Chinese coast guard vessels blocked Philippine supply boats near the shoal.", "country:CN", "country:PH", "Chinese coast guard vessels blocked Philippine"),
        new("ATTACKS", "Russia launched missile strikes on Ukraine overnight.", "country:RU", "country:UA", "Russia launched missile strikes on Ukraine"),
        new("ATTACKS", "Israel struck Iran's nuclear sites in June.", "country:IL", "country:IR", "Israel struck Iran"),
        new("ATTACKS", "Russia attacked Ukraine's energy grid overnight.", "country:RU", "country:UA", "Russia attacked Ukraine"),
        new("ATTACKS", "Russian troops attacked Ukraine from the north.", "country:RU", "country:UA", "Russian troops attacked Ukraine"),
    ];

    public static readonly Miss[] Misses =
    [
        new("IMPOSES_TARIFF", "Trump threatened to impose tariffs on Mexico.", "a threat is not a tariff"),
        new("IMPOSES_TARIFF", "The European Union warned it would impose duties on American whiskey if talks fail.", "a warning is not a tariff"),
        new("IMPOSES_TARIFF", "Canada could impose tariffs on US goods as early as next week.", "'could' is not 'did'"),
        new("IMPOSES_TARIFF", "Beijing denied imposing tariffs on Australian wine.", "a denial"),
        new("IMPOSES_TARIFF", "India is likely to impose retaliatory tariffs on US goods.", "a forecast"),
        new("THREATENS_TARIFF", "Beijing denied imposing tariffs on Australian wine.", "a denial is no threat"),
        new("THREATENS_TARIFF", "The United States imposed tariffs of 25 percent on Canadian steel on Tuesday.", "the act is not a threat"),
        new("IMPOSES_SANCTIONS", "The EU threatened Belarus with sanctions over the migrant crisis.", "a threat is not a sanction"),
        new("IMPOSES_SANCTIONS", "Washington warned that it could impose sanctions on Turkey over the missile purchase.", "a warning"),
        new("IMPOSES_SANCTIONS", "Germany refused to impose sanctions on China.", "a refusal"),
        new("IMPOSES_SANCTIONS", "The EU has not imposed sanctions on Israel, officials said.", "negated"),
        new("IMPOSES_SANCTIONS", "Japan imposed no new sanctions on Russia.", "'no new sanctions'"),
        new("IMPOSES_SANCTIONS", "Japan is weighing sanctions on Russian banks.", "only considered"),
        new("IMPOSES_SANCTIONS", "Hungary refused to back sanctions on Russia.", "a refusal"),
        new("THREATENS_SANCTIONS", "The EU will not impose sanctions on Israel.", "'will not' rules them out"),
        new("THREATENS_SANCTIONS", "The European Union imposed sanctions on Russia over the invasion of Ukraine.", "the act is not a threat"),
        new("CANCELS", "Trump said he might cancel the G20 summit.", "'might' is a threat"),
        new("CANCELS", "Russia threatened to pull out of the peace conference.", "a threat"),
        new("CANCELS", "Japan denied cancelling the trade talks.", "a denial"),
        new("THREATENS_TO_CANCEL", "Trump called off the G20 summit on Friday.", "the act is not a threat"),
        new("THREATENS_TO_CANCEL", "Japan denied cancelling the trade talks.", "a denial"),
        new("HOLDS_TALKS_WITH", "Saudi Arabia refused to meet Iran.", "a refusal"),
        new("HOLDS_TALKS_WITH", "Trump's meeting with Putin was postponed.", "the meeting did not take place"),
        new("HOLDS_TALKS_WITH", "Trump has not met Putin since 2019.", "negated"),
        new("HOLDS_TALKS_WITH", "India agreed to resume talks with Pakistan next month.", "an agreement to meet is not the meeting"),
        new("HOLDS_TALKS_WITH", "Turkey offered to host talks between Russia and Ukraine.", "an offer"),
        new("COMMUNICATES_WITH", "Chinese Foreign Minister Wang Yi held talks with his Indian counterpart in New Delhi on Monday.", "talks are HOLDS_TALKS_WITH"),
        new("VISITS", "Putin will visit India in December.", "a planned visit"),
        new("PRAISES", "Zelensky has never praised Hungary.", "negated"),
        new("SIGNS_AGREEMENT_WITH", "India refused to sign a trade deal with the European Union.", "a refusal"),
        new("GIFTED", "Pakistan gave in to the demands of the IMF.", "'gave in' is no gift"),
        new("PROVIDES_AID_TO", "The United States suspended military aid to Ukraine.", "the opposite act"),
        new("EASES_SANCTIONS_ON", "The United States refused to lift sanctions on Cuba.", "a refusal"),
        new("WITHDRAWS_FORCES_FROM", "The United States withdrew from the World Health Organization.", "leaving a body is not withdrawing forces"),
        new("DEMANDS", "China's rare-earth metals are in high demand, with the United States among the top importers.", "'demand' as a noun"),
        new("DEMANDS", "Ukraine rejected Russia's demands for territory.", "Russia's demands are reported, not made here"),
        new("THREATENS_FORCE", "China warned it would retaliate with sanctions against US defence firms.", "retaliation is not force"),
        new("ATTACKS", "North Korea threatened the United States with a nuclear strike.", "a threat is not an attack"),
        new("ATTACKS", "Iran warned that it would attack Israel if the strikes continue.", "a warning"),
        new("ATTACKS", "The United States condemned the attack on Israel.", "'the attack' is a noun: the condemner did not attack"),
        new("ATTACKS", "India and Pakistan struck a ceasefire deal.", "'struck a deal'"),
        new("ATTACKS", "Iran denied attacking Israel.", "a denial"),
        new("ARRESTS", "Navalny was arrested by Russian police at the airport.", "passive: Navalny is not the one arresting"),
        new("BOYCOTTS", "The United States will boycott the World Cup, officials said.", "announced, not done"),
        new("MOBILIZES_AGAINST", "Germany will send 5,000 troops to Lithuania.", "a plan, to an ally"),
        new("PRAISES", "Hamas is backed by Iran.", "'backed by' is support received, not praise given"),
        new("REJECTS", "Israel shot down an Iranian drone.", "a downing is no rejection"),
        new("THREATENS_FORCE", "China warned of a trade war with the United States.", "a trade war is no force"),
        new("THREATENS_SANCTIONS", "Iran was threatened with sanctions by the European Union.", "passive: Iran is the target, not the one threatening"),
        new("IMPOSES_SANCTIONS", "Japan put pressure on China over sanctions.", "sanctions behind a preposition are not what was imposed"),
        new("APPEALS_TO", "Ukraine was encouraged by Germany's offer.", "'encouraged by'"),
        new("PROVIDES_AID_TO", "France announced support for Ukraine's bid.", "political support is not aid"),
    ];

    /// <summary>A store that knows a few people, organisations and events, as an analyst's would.</summary>
    internal static Gazetteer Known()
    {
        var g = new Gazetteer();
        void Add(string id, NodeKind kind, string name, params string[] aliases) =>
            g.AddEntity(new SuggestedEntity(id, kind, name, aliases, null, Known: true, "stored"));
        Add("event:g20-summit", NodeKind.Event, "G20 summit");
        Add("event:trade-talks", NodeKind.Event, "trade talks");
        Add("event:peace-conference", NodeKind.Event, "peace conference");
        Add("event:world-cup", NodeKind.Event, "World Cup");
        Add("event:climate-summit", NodeKind.Event, "climate summit");
        Add("org:eu", NodeKind.Organization, "European Union", "EU");
        Add("org:european-commission", NodeKind.Organization, "European Commission");
        Add("org:nato", NodeKind.Organization, "NATO");
        Add("org:who", NodeKind.Organization, "World Health Organization", "WHO");
        Add("org:un", NodeKind.Organization, "United Nations", "UN");
        Add("org:imf", NodeKind.Organization, "International Monetary Fund", "IMF");
        Add("org:hamas", NodeKind.Organization, "Hamas");
        Add("person:donald-trump", NodeKind.Person, "Donald Trump", "Trump");
        Add("person:vladimir-putin", NodeKind.Person, "Vladimir Putin", "Putin");
        Add("person:antony-blinken", NodeKind.Person, "Antony Blinken", "Blinken");
        Add("person:volodymyr-zelensky", NodeKind.Person, "Volodymyr Zelensky", "Zelensky");
        Add("person:emmanuel-macron", NodeKind.Person, "Emmanuel Macron", "Macron");
        Add("person:evan-gershkovich", NodeKind.Person, "Evan Gershkovich", "Gershkovich");
        Add("person:alexei-navalny", NodeKind.Person, "Alexei Navalny", "Navalny");
        return g;
    }

    private static Suggestion Suggest(string text) => BundleSuggester.Default.Suggest(new SuggestRequest(text), Known());

    public static TheoryData<string, string, string, string, string> HitCases()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var h in Hits) data.Add(h.Type, h.Text, h.Subject, h.Object, h.Quote);
        return data;
    }

    public static TheoryData<string, string, string> MissCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var m in Misses) data.Add(m.Type, m.Text, m.Why);
        return data;
    }

    [Theory]
    [MemberData(nameof(HitCases))]
    public void A_rule_gives_its_type_with_subject_object_and_quote(string type, string text, string subject, string @object, string quote)
    {
        var s = Suggest(text);

        var found = s.Relations.Where(r => r.Type == type && r.Subject == subject && r.Object == @object).ToArray();
        Assert.True(found.Length == 1, $"expected {subject} {type} {@object}; got: " + string.Join("; ", s.Relations.Select(r => $"{r.Subject} {r.Type} {r.Object} «{r.Quote}»")));
        var r = found[0];
        Assert.Equal(quote, r.Quote);
        Assert.Equal(s.Text.IndexOf(quote, StringComparison.Ordinal), r.Start);
        Assert.Equal(r.Start + quote.Length, r.End);
        Assert.StartsWith(type + "/", r.Rule);
        Assert.InRange(r.Confidence, 0.01, 1.0);
    }

    [Theory]
    [MemberData(nameof(MissCases))]
    public void A_rule_does_not_fire_where_the_sentence_says_otherwise(string type, string text, string why)
    {
        var s = Suggest(text);

        if (type == "ARRESTS")
            // The passive's reading is checked by a Hit; only the reversed pair is wrong.
            Assert.DoesNotContain(s.Relations, r => r.Type == type && r.Subject == "person:alexei-navalny");
        else
            Assert.True(s.Relations.All(r => r.Type != type),
                $"{type} must not come from \"{text}\" ({why}); got: " + string.Join("; ", s.Relations.Where(r => r.Type == type).Select(r => $"{r.Subject} {r.Type} {r.Object} «{r.Quote}» by {r.Rule}")));
    }

    [Fact]
    public void Every_type_has_rules_with_tests_or_is_listed_as_having_none_with_a_reason()
    {
        var triggers = RelationTriggers.Default;
        foreach (var type in RelationVocabulary.Default.All.Select(t => t.Type))
        {
            var hasRules = triggers.Rules.Any(r => r.Type == type);
            if (triggers.NoRules.TryGetValue(type, out var reason))
            {
                Assert.False(hasRules, $"{type} is listed in noRules but has rules");
                Assert.False(string.IsNullOrWhiteSpace(reason));
                continue;
            }
            Assert.True(hasRules, $"{type} has no trigger rule and is not in noRules");
        }
        // The 28 types added with PLOVER, each with at least two sentences of its own here.
        foreach (var type in RelationVocabulary.Default.All.Where(t => t.Plover is not null).Select(t => t.Type)
                     .Where(t => !new[] { "CRITICIZES", "ACCUSES", "GIFTED", "DEVELOPS_TIES_WITH", "COOPERATES_WITH", "COMMUNICATES_WITH", "ASSURES", "THREATENS_TARIFF", "IMPOSES_EXPORT_CONTROL" }.Contains(t)))
            Assert.True(Hits.Count(h => h.Type == type) >= 2, $"{type} needs at least two test sentences");
        // Every threat type and the act it threatens have a sentence that must not give them.
        foreach (var type in new[] { "THREATENS_TARIFF", "IMPOSES_TARIFF", "THREATENS_SANCTIONS", "IMPOSES_SANCTIONS", "THREATENS_TO_CANCEL", "CANCELS", "THREATENS_FORCE", "ATTACKS" })
            Assert.Contains(Misses, m => m.Type == type);
    }

    [Fact]
    public void Rules_of_the_new_types_fire_on_rates_and_measures_as_qualifiers()
    {
        var tariff = Assert.Single(Suggest("Washington slapped a 145% tariff on Chinese imports last month.").Relations, r => r.Type == "IMPOSES_TARIFF");
        var rate = Assert.Single(tariff.Qualifiers);
        Assert.Equal(("rate", 145.0, "percent"), (rate.Key, rate.Number!.Value, rate.Unit));

        var eased = Assert.Single(Suggest("The EU lifted its arms embargo on Syria.").Relations, r => r.Type == "EASES_SANCTIONS_ON");
        Assert.Equal(("measure", "embargo"), (eased.Qualifiers[0].Key, eased.Qualifiers[0].Value));
    }
}
