using GeoGraph.Core.Bundles;
using GeoGraph.Core.Countries;
using GeoGraph.Core.Errors;
using GeoGraph.Core.Ids;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Vocabulary;

namespace GeoGraph.Core.Ingestion;

/// <summary>What an ingestion did: the ids it touched and what actually changed.</summary>
public sealed record IngestionResult(
    IReadOnlyList<string> ArticleIds,
    IReadOnlyList<string> NodeIds,
    IReadOnlyList<string> RelationIds,
    ApplyResult Applied)
{
    public bool Changed => Applied.Changed;
}

/// <summary>A bundle that passed its own validation (<see cref="Ingestor.PrepareAsync"/>), ready to be checked against the store and applied.</summary>
public sealed class PreparedBundle
{
    internal PreparedBundle(Bundle bundle) => Bundle = bundle;

    internal Bundle Bundle { get; }
}

/// <summary>
/// The one way data enters a store: validate a bundle, resolve it into the domain model with
/// content-derived ids, check every reference against the bundle and the store, verify quotes
/// against any known article text, then apply it in one transaction. Nothing is written unless
/// everything is valid, and the same bundle twice changes nothing.
/// </summary>
public sealed class Ingestor(IGraphStore store, RelationVocabulary vocabulary, CountryCatalog countries, TimeProvider clock)
{
    private readonly BundleValidator _validator = new(vocabulary, countries);

    public async Task<IngestionResult> IngestAsync(Bundle bundle, string actor, CancellationToken ct = default) =>
        await IngestAsync(await PrepareAsync(bundle, ct), actor, ct);

    /// <summary>
    /// The part of ingestion that needs no store: the bundle's own validation (shape, sizes, ids,
    /// vocabulary, quotes against its own texts) — most of the CPU a bundle costs. A bulk import
    /// prepares the next bundle while the store applies this one; what the store says is
    /// checked by <see cref="IngestAsync(PreparedBundle, string, CancellationToken)"/>.
    /// </summary>
    public Task<PreparedBundle> PrepareAsync(Bundle bundle, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ct.ThrowIfCancellationRequested();
        // Synchronously: every rule is synchronous, and FluentValidation's async path wraps each
        // rule of each item in a state machine (a third of a bulk import's CPU went there).
        var validation = _validator.Validate(bundle);
        if (!validation.IsValid)
            throw GeoGraphException.Validation(validation.Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage)).ToArray());
        return Task.FromResult(new PreparedBundle(bundle));
    }

    /// <summary>Ingests a bundle <see cref="PrepareAsync"/> validated (it must not have changed since).</summary>
    public async Task<IngestionResult> IngestAsync(PreparedBundle prepared, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var bundle = prepared.Bundle;
        var now = clock.GetUtcNow();
        var articles = bundle.Articles.Select(a => ResolveArticle(a, now)).ToArray();
        var declaredEntities = bundle.Entities.Select((e, i) => (Node: ResolveEntity(e, countries, now), Path: $"entities[{i}]")).ToArray();
        IReadOnlyList<Node> declaredNodes = declaredEntities.Select(d => d.Node)
            .Concat(bundle.Claims.Select(c => new Node(c.Id!, NodeKind.Claim, c.Statement!, [], null, now)))
            .ToArray();

        var declaredIds = declaredNodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var errors = new List<FieldError>();
        var existingNodes = await LoadReferencedNodesAsync(bundle, declaredIds, ct);
        // An id merged into another entity (EntityMerges) stands for the survivor: its relations and
        // citations are recorded on the survivor, and a declaration of it is not a new node.
        string Canon(string id) => existingNodes.TryGetValue(id, out var n) ? n.Id : id;
        declaredNodes = declaredNodes.Where(n => Canon(n.Id) == n.Id).ToArray();
        var knownArticles = await LoadReferencedArticlesAsync(bundle, articles, errors, ct);
        errors.AddRange(await ExternalIdOwnership.CheckAsync(store, declaredEntities.Where(d => Canon(d.Node.Id) == d.Node.Id).ToArray(), ct));

        var relations = new List<Relation>();
        var citations = new List<(Citation Citation, string Path)>();
        for (var i = 0; i < bundle.Relations.Count; i++)
        {
            var r = bundle.Relations[i];
            var path = $"relations[{i}]";
            CheckNode(r.Subject!, $"{path}.subject");
            CheckNode(r.Object!, $"{path}.object");
            var qualifiers = (r.Qualifiers ?? []).Select((q, j) => ResolveQualifier(q, $"{path}.qualifiers[{j}]"))
                .OrderBy(q => q.Key, StringComparer.Ordinal).ToArray();
            PartialDates.TryParse(r.ValidFrom, r.ValidFromPrecision, out var validFrom);
            PartialDates.TryParse(r.ValidTo, r.ValidToPrecision, out var validTo);
            var (subject, @object) = (Canon(r.Subject!), Canon(r.Object!));
            var id = ContentIds.ForRelation(vocabulary, r.Type!, subject, @object, qualifiers, validFrom, validTo);
            var retracted = r.Retracted is not null;
            relations.Add(new Relation(id, r.Type!, subject, @object, qualifiers, validFrom, validTo, r.Confidence ?? 1.0, now, actor,
                retracted ? now : null, retracted ? actor : null, r.Retracted?.Reason));
            // Each citation keeps how its source described the fact: its own qualifiers when the
            // bundle gives them, else the relation's describing ones.
            var describing = FactQualifiers.Describing(vocabulary, r.Type!, qualifiers);

            for (var j = 0; j < r.Citations!.Count; j++)
            {
                var c = r.Citations[j];
                var cpath = $"{path}.citations[{j}]";
                if (c.Speaker is not null) CheckNode(c.Speaker, $"{cpath}.speaker");
                if (!knownArticles.TryGetValue(c.Article!, out var article))
                {
                    errors.Add(new FieldError($"{cpath}.article", $"unknown article '{c.Article}': include it in 'articles' or ingest it first"));
                    continue;
                }
                var quote = ArticleText.NormalizeQuote(c.Quote!);
                var verified = false;
                int start, end;
                if (article.Text is { } text)
                {
                    // One rule for every path (QuoteCheck.Locate): offsets optional, the quote placed in the text.
                    var location = QuoteCheck.Locate(text, quote, c.Start, c.End, c.Occurrence);
                    errors.AddRange(location.Failures.Select(f => new FieldError($"{cpath}.{f.Field}", f.Message)));
                    if (!location.Found) continue;
                    (start, end, verified) = (location.Start, location.End, true);
                }
                else if (c.Start is not { } s || c.End is not { } e)
                {
                    errors.Add(new FieldError($"{cpath}.start",
                        $"is required: the text of {article.Id} is neither in this request nor stored, so the quote cannot be placed (send the article's text, or give start and end)"));
                    continue;
                }
                else if (e > article.TextLength)
                {
                    errors.Add(new FieldError($"{cpath}.end", $"is beyond the article text ({article.TextLength} UTF-16 code units)"));
                    continue;
                }
                else (start, end) = (s, e);
                var stance = Enum.Parse<CitationStance>(c.Stance!, ignoreCase: true);
                var own = c.Qualifiers?.Select((q, k) => ResolveQualifier(q, $"{cpath}.qualifiers[{k}]"))
                    .OrderBy(q => q.Key, StringComparer.Ordinal).ToArray();
                var speaker = c.Speaker is null ? null : Canon(c.Speaker);
                citations.Add((new Citation(id, article.Id, quote, start, end, speaker, stance, verified) { Qualifiers = own ?? describing }, cpath));
            }
        }
        if (errors.Count == 0 && relations.Count > 0)
            errors.AddRange(await FindConflictsAsync(relations, citations, ct));
        if (errors.Count > 0)
            throw GeoGraphException.Validation(errors);

        // The same fact cited twice in one bundle is one relation with both citations.
        var uniqueRelations = relations.DistinctBy(r => r.Id).ToArray();
        var uniqueCitations = citations.Select(c => c.Citation).DistinctBy(c => (c.RelationId, c.ArticleId, c.Start, c.End)).ToArray();
        // Every declared node goes to the store in Merge mode: ingestion adds to what is known and
        // never overwrites curated names or descriptions. The store merges inside its write
        // transaction, so concurrent ingestions of one node keep each other's aliases.
        var batch = new IngestionBatch(articles, declaredNodes, uniqueRelations, uniqueCitations) { NodeWrite = NodeWrite.Merge, At = now };
        var applied = await store.ApplyAsync(batch, ct);
        return new IngestionResult(
            articles.Select(a => a.Id).ToArray(),
            declaredNodes.Select(n => n.Id).ToArray(),
            uniqueRelations.Select(r => r.Id).ToArray(),
            applied);

        Qualifier ResolveQualifier(BundleQualifier q, string field)
        {
            if (q.Entity is null) return new Qualifier(q.Key!, q.Value!, q.Number, q.Unit, null);
            CheckNode(q.Entity, $"{field}.entity");
            var entity = Canon(q.Entity);
            return new Qualifier(q.Key!, q.Value == q.Entity ? entity : q.Value!, q.Number, q.Unit, entity);
        }

        void CheckNode(string id, string field)
        {
            if (!existingNodes.ContainsKey(id) && !declaredIds.Contains(id))
                errors.Add(new FieldError(field, $"unknown id '{id}': declare it in 'entities' or 'claims', or create it first"));
        }
    }

    /// <summary>
    /// Stored nodes the bundle refers to or declares, to check that its references resolve and to
    /// follow merged ids to their survivors. Declared nodes are merged by the store inside its
    /// transaction; they are read here only to learn whether their id was merged away.
    /// </summary>
    private async Task<Dictionary<string, Node>> LoadReferencedNodesAsync(Bundle bundle, IReadOnlySet<string> declared, CancellationToken ct)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in bundle.Relations)
        {
            ids.Add(r.Subject!);
            ids.Add(r.Object!);
            foreach (var q in r.Qualifiers ?? []) if (q.Entity is not null) ids.Add(q.Entity);
            foreach (var c in r.Citations ?? [])
            {
                if (c.Speaker is not null) ids.Add(c.Speaker);
                foreach (var q in c.Qualifiers ?? []) if (q.Entity is not null) ids.Add(q.Entity);
            }
        }
        ids.UnionWith(declared);
        if (ids.Count == 0) return new Dictionary<string, Node>(StringComparer.Ordinal);
        var found = await store.GetNodesAsync(ids, ct);
        return new Dictionary<string, Node>(found, StringComparer.Ordinal);
    }

    /// <summary>
    /// Articles citations refer to: the bundle's own, else the stored ones, loaded with their text
    /// (one store call) so quotes are verified. A bundle that re-ingests a stored article is
    /// checked against what is stored: its text (to verify quotes) and its length.
    /// </summary>
    private async Task<Dictionary<string, Article>> LoadReferencedArticlesAsync(
        Bundle bundle, IReadOnlyList<Article> declared, List<FieldError> errors, CancellationToken ct)
    {
        var known = declared.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var toLoad = bundle.Relations.SelectMany(r => r.Citations ?? []).Select(c => c.Article!)
            .Concat(declared.Select(a => a.Id))
            .Distinct(StringComparer.Ordinal).ToArray();
        if (toLoad.Length == 0) return known;
        var declaredIndex = declared.Select((a, i) => (a.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        foreach (var (id, stored) in await store.GetArticlesAsync(toLoad, includeText: true, ct))
        {
            var index = declaredIndex.GetValueOrDefault(id, -1);
            if (index >= 0 && declared[index].TextLength != stored.TextLength)
                errors.Add(new FieldError($"articles[{index}].textLength",
                    $"is {declared[index].TextLength}, but the stored article {id} (same text hash) has {stored.TextLength}"));
            known[id] = index >= 0 ? declared[index] with { Text = declared[index].Text ?? stored.Text, TextLength = stored.TextLength } : stored;
        }
        return known;
    }

    /// <summary>
    /// A fact asserted again must be the same fact (<see cref="FactConflicts"/>), checked here to
    /// name the bundle's fields; the store checks again inside its transaction, against concurrent
    /// writes. Two batched store calls: the stored relations and their citations.
    /// </summary>
    private async Task<List<FieldError>> FindConflictsAsync(
        IReadOnlyList<Relation> relations, IReadOnlyList<(Citation Citation, string Path)> citations, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < relations.Count; i++)
        {
            if (!firstIndex.TryAdd(relations[i].Id, i)
                && (!FactConflicts.SameFact(vocabulary, relations[firstIndex[relations[i].Id]], relations[i])
                    || relations[firstIndex[relations[i].Id]].RetractedAt is null != relations[i].RetractedAt is null))
                errors.Add(new FieldError($"relations[{i}]",
                    $"states the same fact as relations[{firstIndex[relations[i].Id]}] with different identifying qualifier numbers, units, entities, confidence or retraction"));
        }
        var stored = await store.GetRelationsAsync(firstIndex.Keys.ToArray(), ct);
        foreach (var (id, i) in firstIndex)
        {
            if (!stored.TryGetValue(id, out var existing)) continue;
            if (existing.RetractedAt is { } at && relations[i].RetractedAt is null)
                errors.Add(new FieldError($"relations[{i}]", $"{id} was retracted at {at:O} ({existing.RetractReason}); a retracted fact is not asserted again"));
            else if (existing.RetractedAt is null && relations[i].RetractedAt is not null)
                errors.Add(new FieldError($"relations[{i}].retracted",
                    $"{id} is stored and in force; a bundle only records relations that arrive retracted (retract a stored one with retractRelation)"));
            else if (!FactConflicts.SameFact(vocabulary, existing, relations[i]))
                errors.Add(new FieldError($"relations[{i}]",
                    $"conflicts with the stored {id}: the same fact with different qualifier numbers, units, entities or confidence"));
        }

        var storedCitations = stored.Count == 0 ? null : await store.GetCitationsAsync(stored.Keys.ToArray(), ct);
        var seen = new Dictionary<(string, string, int, int), Citation>();
        foreach (var (citation, path) in citations)
        {
            var key = (citation.RelationId, citation.ArticleId, citation.Start, citation.End);
            var earlier = seen.TryAdd(key, citation) ? storedCitations?[citation.RelationId].FirstOrDefault(c => (c.RelationId, c.ArticleId, c.Start, c.End) == key) : seen[key];
            if (earlier is not null && !FactConflicts.SamePassage(earlier, citation))
                errors.Add(new FieldError(path, $"cites the same passage of {citation.ArticleId} for {citation.RelationId} as before, with a different stance or speaker"));
        }
        return errors;
    }


    private static Article ResolveArticle(BundleArticle a, DateTimeOffset now)
    {
        var text = a.Text is null ? null : ArticleText.Normalize(a.Text);
        var sha = text is null ? a.TextSha256! : ContentIds.Sha256Hex(text);
        return new Article(ContentIds.ForArticle(sha), a.Title!, a.Publisher, a.Url, a.PublishedAt, a.Language,
            sha, text?.Length ?? a.TextLength!.Value, text, now);
    }

    private static Node ResolveEntity(BundleEntity e, CountryCatalog countries, DateTimeOffset now) =>
        new(e.Id!, NodeIds.KindOf(e.Id)!.Value, e.Name!, (e.Aliases ?? []).Distinct(StringComparer.Ordinal).ToArray(), e.Description, now)
        {
            ExternalIds = ExternalIdSchemes.Complete(e.Id!, (e.ExternalIds ?? []).Select(kv => new ExternalId(kv.Key, kv.Value)), countries),
        };
}
