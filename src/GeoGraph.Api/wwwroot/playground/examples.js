// Example queries the GraphQL playground opens with, one tab each (the tab's title is the
// operation name). They run against the seed dataset (the 14 Oct 2025 report "Beijing denies
// rare-earths link"). Edit freely: each entry is { title, query, variables } where `variables`
// is a JSON string or null. When this list changes, browsers that kept their old tabs get the
// new ones (see playground.js).
window.GeoGraphExamples = [
  {
    title: 'What did China deny?',
    query: `# What did China deny?
# DENIES_LINK relations whose subject is China. The object is usually a Claim node
# (a contested proposition), so ask for its statement with an inline fragment.
# Every relation cites the article it comes from: the verbatim quote, its [start, end)
# offsets in the article text, the speaker and whether the quote was verified.
query WhatDidChinaDeny {
  relations(where: { subject: "country:CN", type: "DENIES_LINK" }) {
    edges {
      node {
        id
        type
        object {
          id
          name
          ... on Claim { statement }
        }
        citations {
          quote
          start
          end
          stance
          verified
          speaker { id name }
          article { id title publishedAt }
        }
      }
    }
  }
}
`,
    variables: null,
  },
  {
    title: 'Gifts to Trump and the disputed contents',
    query: `# Gifts to Trump, and what is disputed about them.
# 1. GIFTED relations with Donald Trump as the object (the recipient); qualifiers say
#    what was given (e.g. item: ore samples).
# 2. Disputed claims: a claim is disputed when someone asserts (or speculates) it and
#    someone else denies it. supporters/deniers are the relations, with their citations.
query GiftsToTrump {
  relations(where: { type: "GIFTED", object: "person:donald-trump" }) {
    edges {
      node {
        subject { id name }
        qualifiers { key value }
        citations { quote }
      }
    }
  }
  claims(disputed: true) {
    edges {
      node {
        id
        statement
        supporters {
          subject { id name }
          citations { quote }
        }
        deniers {
          subject { id name }
          citations { quote speaker { name } }
        }
      }
    }
  }
}
`,
    variables: null,
  },
  {
    title: 'Tariff threats',
    query: `# Tariff threats: who threatened whom, and with what.
# Qualifiers are typed: value is always set, number and unit when numeric
# (rate 100 percent -> number: 100, unit: "percent").
query TariffThreats {
  relations(where: { type: "THREATENS_TARIFF" }) {
    edges {
      node {
        subject { name }
        object { id name }
        qualifiers { key value number unit }
      }
    }
  }
}
`,
    variables: null,
  },
  {
    title: 'Shortest path',
    query: `# Shortest path from Pakistan to China's October 2025 rare-earth export controls.
# Relations are followed in both directions unless you pass direction: OUT or IN;
# maxHops and types narrow the search.
query PakistanToExportControls {
  shortestPath(from: "country:PK", to: "event:cn-rare-earth-export-controls-2025-10") {
    length
    nodes { id kind name }
    relations {
      type
      subject { id }
      object { id }
      citations { quote }
    }
  }
}
`,
    variables: null,
  },
  {
    title: 'Open in the explorer',
    query: `# Open a result in the graph explorer.
# Run this query (Ctrl-Enter), then press the graph button in the toolbar on the
# right ("Open in the explorer"): it opens /explore?focus=<the first node id of the
# result>, here Pakistan's neighbourhood. Click a node there to expand it, an edge
# to read the quotes behind it. Any result with a node id works the same way.
query OpenInExplorer {
  entities(search: "Pakistan", first: 1) {
    edges {
      node { id kind name }
    }
  }
}
`,
    variables: null,
  },
  {
    title: 'Neighbourhood',
    query: `# Everything within two hops of China (at most 50 nodes): the nodes and the relations
# between them, e.g. to draw a graph. The graph view at /explore?focus=country:CN
# shows the same thing.
query ChinaNeighbourhood {
  neighborhood(id: "country:CN", depth: 2, limit: 50) {
    nodes { id kind name }
    relations {
      id
      type
      subject { id }
      object { id }
    }
  }
}
`,
    variables: null,
  },
  {
    title: 'Everything one article supports, paged',
    query: `# Every relation the founding article supports, five at a time.
# Lists are Relay connections: for the next page pass the last
# pageInfo.endCursor as after: "...". totalCount is computed only when asked for.
query ArticleRelations($first: Int = 5) {
  relations(where: { article: "article:21064a8d1731bc87" }, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        type
        subject { name }
        object { name }
      }
    }
  }
}
`,
    variables: '{\n  "first": 5\n}\n',
  },
  {
    title: "China's timeline",
    query: `# What China did, or had done to it, in time order: by the relation's validFrom, else by
# the day the earliest citing article was published (dateSource says which). Ties go by
# relation id; pass pageInfo.endCursor as $after for the next page. from/to bound the date.
query ChinasTimeline($after: String) {
  timeline(id: "country:CN", first: 5, after: $after) {
    totalCount
    edges {
      node {
        date
        dateSource
        relation {
          type
          subject { id name }
          object { id name }
          citations { quote speaker { name } }
        }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`,
    variables: null,
  },
  {
    title: 'Counts and degrees',
    query: `# How many relations of each type; tariff threats by who threatened whom, per month
# (MONTH and YEAR use validFrom, else the day first reported); and how connected China is.
# relationCounts takes the same where as relations; the store does the counting.
query CountsAndDegrees {
  byType: relationCounts(groupBy: [TYPE], first: 10) {
    key { type }
    count
  }
  threats: relationCounts(where: { type: "THREATENS_TARIFF" }, groupBy: [SUBJECT, OBJECT, MONTH]) {
    key { subject { id name } object { id name } period }
    count
  }
  china: entity(id: "country:CN") {
    name
    degree
    out: degree(direction: OUT)
    in: degree(direction: IN)
  }
}
`,
    variables: null,
  },
  {
    title: 'Paths from Pakistan',
    query: `# Every way Pakistan connects to China's export controls, not just the shortest:
# up to k (at most 10) loopless paths, shortest first, then by relation ids, each
# relation with its citations. validAt and knownAt ask about another date.
query PathsFromPakistan {
  paths(from: "country:PK", to: "event:cn-rare-earth-export-controls-2025-10", k: 3) {
    length
    nodes { id name }
    relations {
      type
      subject { id }
      object { id }
      citations { quote }
    }
  }
}
`,
    variables: null,
  },
  {
    title: 'What changed since…?',
    query: `# What changed since you last looked?
# Every write appends to a change log: RELATION_RECORDED, CITATION_ADDED,
# RELATION_RETRACTED, ENTITY_RECORDED, ENTITY_UPDATED, ARTICLE_RECORDED, each with a
# sequence that rises in commit order. Keep the last cursor you saw and pass it as
# "after" to get only what is new; "since" keeps entries at or after an instant.
# (Streaming: subscription { changes(after: …) { cursor node { … } } } over
# Server-Sent Events, Accept: text/event-stream; see the README.)
query WhatChanged($after: String, $since: DateTime) {
  changes(after: $after, since: $since, first: 20) {
    edges {
      cursor
      node {
        sequence
        kind
        at
        relation { id type subject { name } object { name } }
        entity { id name }
        article { id title }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`,
    variables: '{\n  "after": "djF8Y2hhbmdlc3wwfDMwMA"\n}\n',
  },
  {
    title: 'Vocabulary and search',
    query: `# The relation vocabulary: each type with its description, display phrase, CAMEO
# code and the entity kinds allowed as subject and object.
# And an entity search: "Beijing" finds China, since capitals are aliases
# (news reports use them as metonyms).
query VocabularyAndSearch {
  relationTypes {
    type
    description
    phrase
    cameo
    subjectKinds
    objectKinds
  }
  entities(search: "Beijing") {
    edges {
      node { id kind name }
    }
  }
}
`,
    variables: null,
  },
  {
    title: 'Who said what?',
    query: `# Who said what? Every quote attributed to Lin Jian, across all relations.
# citations lists quotes (not relations): each with its offsets, stance, article and the
# relation it supports. Filters: speaker, stance (ASSERTS | REPORTS), article, search;
# they combine. Citations of retracted relations are hidden unless includeRetracted.
query WhoSaidWhat($speaker: ID) {
  citations(where: { speaker: $speaker }, first: 20) {
    totalCount
    edges {
      node {
        quote
        start
        end
        stance
        article { title publishedAt }
        relation {
          type
          subject { id name }
          object { id name ... on Claim { statement } }
        }
      }
    }
  }
}
`,
    variables: '{ "speaker": "person:lin-jian" }',
  },
  {
    title: 'Quote search',
    query: `# Search quotes by word. Letters and digits make words ("rare-earth" is "rare" "earth");
# quotes holding the phrase come first, then those with every word, then any word (ties
# by relation id, article, offsets). orderBy: RELEVANCE (default with a search),
# PUBLISHED_AT (ASC | DESC) or KEY. articles(search:) also searches stored article texts,
# after title matches.
query QuoteSearch($search: String) {
  citations(where: { search: $search }, first: 10) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        quote
        speaker { name }
        relation { type subject { name } object { name } }
      }
    }
  }
  articles(search: $search) {
    edges { node { id title } }
  }
}
`,
    variables: '{ "search": "rare earth" }',
  },
  {
    title: 'What did Lin Jian say?',
    query: `# What did Lin Jian say? Every relation a citation quotes him in (speaker), whoever
# its subject: 12 in the seed, where involves finds only the 5 he is party to.
query WhatDidLinJianSay {
  relations(where: { speaker: "person:lin-jian" }) {
    totalCount
    edges {
      node {
        type
        subject { id name }
        object { id name }
        citations { quote speaker { name } }
      }
    }
  }
}
`,
    variables: null,
  },
  {
    title: 'Everything between Pakistan and the US',
    query: `# Everything between Pakistan and the US, either way round. With viaRoles, a person
# holding a role (HOLDS_ROLE) in a named country counts as it while the role is valid:
# the gift of Pakistan's prime minister to the US president is in, and each edge's
# via says through whom.
query BetweenPakistanAndTheUS {
  relations(where: { between: ["country:PK", "country:US"], viaRoles: true }) {
    edges {
      via { holder { id name } standsFor { id } roleTitle role { id validFrom validTo } }
      node { type subject { id name } object { id name } }
    }
  }
}
`,
    variables: null,
  },
  {
    title: 'Most corroborated first',
    query: `# Most corroborated first: orderBy is a list, later keys break ties, then the id.
# Pass pageInfo.endCursor as $after for the next page: the cursor carries the sort key,
# and continues only this ordering.
query MostCorroborated($after: String) {
  relations(first: 5, after: $after, orderBy: [{ field: CITATION_COUNT, direction: DESC }, { field: FIRST_REPORTED }]) {
    edges {
      node { type subject { id } object { id } citationCount sourceCount publisherCount firstReportedAt lastReportedAt }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`,
    variables: '{\n  "after": null\n}\n',
  },
  {
    title: 'A date range, OR and NOT',
    query: `# What was true in October 2025 (validDuring overlaps; dated: true leaves undated
# relations out), earliest first; and Lin Jian's denials or anything involving the US,
# but nothing a person did.
query DatesAndLogic {
  october: relations(where: { validDuring: { from: "2025-10-01", to: "2025-10-31" }, dated: true },
                     orderBy: [{ field: VALID_FROM }]) {
    edges { node { type subject { id } object { id } validFrom validFromPrecision } }
  }
  logic: relations(where: {
    OR: [{ speaker: "person:lin-jian", type: "DENIES" }, { involves: "country:US" }]
    NOT: [{ subjectKind: PERSON }]
  }) {
    edges { node { type subject { id } object { id } } }
  }
}
`,
    variables: null,
  },
];
