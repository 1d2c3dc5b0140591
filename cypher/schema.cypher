// GeoGraph's Neo4j schema, applied idempotently at start-up (every statement IF NOT EXISTS).
// Every entity and claim is a :Node (the GraphQL interface), entities also :Entity plus their
// kind label (:Country, :Person, :Organization, :Commodity, :Event), claims :Claim.

// Ids are unique: lookups by id (batched by the API's loaders) are index seeks.
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;

// entities(kind:) lists a kind in id order; entities() every entity in id order.
CREATE INDEX node_kind IF NOT EXISTS FOR (n:Node) ON (n.kind, n.id);
CREATE INDEX entity_id IF NOT EXISTS FOR (n:Entity) ON (n.id);

// entities(search:): exact, prefix and contains on NFC lower-case keys, as in every store.
// Trigram text indexes serve STARTS WITH and CONTAINS; aliasText holds every alias key between
// U+0001 separators, so an exact alias is a CONTAINS of "\u0001key\u0001".
CREATE TEXT INDEX node_search_key IF NOT EXISTS FOR (n:Node) ON (n.searchKey);
CREATE TEXT INDEX node_alias_text IF NOT EXISTS FOR (n:Node) ON (n.aliasText);
CREATE TEXT INDEX article_title_key IF NOT EXISTS FOR (a:Article) ON (a.titleKey);

// entityByExternalId: externalIdText holds every "scheme:id" key (wikidata:Q148, iso3166-alpha2:CN)
// between U+0001 separators, so an exact external id is a CONTAINS served by this trigram index.
CREATE TEXT INDEX entity_external_id_text IF NOT EXISTS FOR (n:Entity) ON (n.externalIdText);

// Full-text search over names and aliases for analysts in Neo4j Browser:
// CALL db.index.fulltext.queryNodes('entity_names', 'beijing~') YIELD node, score
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity|Claim) ON EACH [n.name, n.aliases];

// articles(search:) also searches stored texts: a full-text index over each text's indexed words
// (Core's TextSearch: words between single spaces, so the whitespace analyzer sees Core's words).
CREATE FULLTEXT INDEX article_text_words IF NOT EXISTS FOR (a:Article) ON EACH [a.textWords]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};

// The change log: one :Change per entry, numbered by the single :ChangeCounter (changes_append);
// the unique sequence's index serves changes(after:) in order.
CREATE CONSTRAINT change_sequence IF NOT EXISTS FOR (c:Change) REQUIRE c.sequence IS UNIQUE;
CREATE CONSTRAINT change_counter_id IF NOT EXISTS FOR (c:ChangeCounter) REQUIRE c.id IS UNIQUE;

// Former ids keep resolving: a relation id the id rule or an entity merge changed, and an entity
// id merged into another, each lead (one hop) to the current id; the target indexes let a later
// change re-point the redirects that led to it.
CREATE CONSTRAINT relation_redirect_id IF NOT EXISTS FOR (x:RelationRedirect) REQUIRE x.id IS UNIQUE;
CREATE INDEX relation_redirect_target IF NOT EXISTS FOR (x:RelationRedirect) ON (x.relationId);
CREATE CONSTRAINT node_redirect_id IF NOT EXISTS FOR (x:NodeRedirect) REQUIRE x.id IS UNIQUE;
CREATE INDEX node_redirect_target IF NOT EXISTS FOR (x:NodeRedirect) ON (x.nodeId);
CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (m:Migration) REQUIRE m.id IS UNIQUE;
