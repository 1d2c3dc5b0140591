// GeoGraph explorer: draws the neighbourhood of a node with Cytoscape.js and the fcose layout
// (UMD builds installed by the build into /explore/vendor/), and shows the cited quotes behind
// every edge. Everything comes from the public GraphQL endpoint, so this file is also the example
// of embedding GeoGraph in another tool: copy `graphql()` and the queries below.
// No inline scripts, so the page's Content-Security-Policy allows script-src 'self' only.
(function () {
  'use strict';

  var ENDPOINT = '/graphql';
  var NODE_LIMIT = 200;            // most nodes one neighbourhood answer adds
  var DEFAULT_DEPTH = 2;           // the focus is drawn with its neighbours' neighbours; expansions add one hop
  var SEARCH_DELAY_MS = 150;

  // ---- GraphQL documents ----------------------------------------------------------------------

  var NODE_FIELDS = 'id kind name ... on Claim { disputed }';
  var EDGE_FIELDS = 'id type phrase confidence retractedAt subject { ' + NODE_FIELDS + ' } object { ' + NODE_FIELDS + ' }';

  var Q_TYPES = 'query ExplorerRelationTypes { relationTypes { type phrase description } }';

  var Q_SEARCH = 'query ExplorerSearch($search: String!) {' +
    ' entities(search: $search, first: 8) { edges { node { id kind name } } } }';

  // The nodes around a node, with the filters; with "retracted" the node's retracted relations too
  // (neighborhood follows only relations in force at knownAt).
  var Q_NEIGHBOURHOOD = 'query ExplorerNeighbourhood($id: ID!, $depth: Int!, $types: [String!], $direction: Direction,' +
    ' $validAt: Date, $knownAt: DateTime, $limit: Int, $withRetracted: Boolean!) {' +
    ' neighborhood(id: $id, depth: $depth, types: $types, direction: $direction, validAt: $validAt,' +
    ' knownAt: $knownAt, limit: $limit, relationLimit: 2000) {' +
    ' nodes { ' + NODE_FIELDS + ' } relations { ' + EDGE_FIELDS + ' } relationsTruncated }' +
    ' retracted: relations(where: { involves: $id, validAt: $validAt, knownAt: $knownAt, includeRetracted: true },' +
    ' first: 500) @include(if: $withRetracted) { edges { node { ' + EDGE_FIELDS + ' } } } }';

  var RELATION_DETAILS = 'id type phrase' +
    ' subject { id kind name } object { id kind name ... on Claim { disputed } }' +
    ' qualifiers { key value number unit entity { id name } }' +
    ' validFrom validFromPrecision validTo validToPrecision confidence' +
    ' recordedAt recordedBy retractedAt retractedBy retractReason' +
    ' citations { quote start end stance verified speaker { id name }' +
    ' article { id title publisher url publishedAt language textSha256 textLength }' +
    ' context { before quote after } }';

  var Q_RELATION = 'query ExplorerRelation($id: ID!) { relation(id: $id) { ' + RELATION_DETAILS + ' } }';

  var Q_NODE = 'query ExplorerNode($id: ID!) { entity(id: $id) { id kind name' +
    ' ... on Entity { aliases description }' +
    ' ... on Claim { statement disputed supporters { id } deniers { id } } } }';

  // ---- state ----------------------------------------------------------------------------------

  var params = new URLSearchParams(window.location.search);
  var state = {
    focus: params.get('focus') || '',
    expanded: splitList(params.get('expand')),
    depth: Math.min(3, Math.max(1, parseInt(params.get('depth') || String(DEFAULT_DEPTH), 10) || DEFAULT_DEPTH)),
    types: splitList(params.get('types')),
    direction: (params.get('direction') || 'BOTH').toUpperCase(),
    validAt: params.get('validAt') || '',
    knownAt: params.get('knownAt') || '',
    retracted: params.get('retracted') === '1',
    embed: params.get('embed') === '1'
  };
  var relationTypes = [];        // [{ type, phrase, description }]
  var cy = null;
  var generation = 0;            // bumps on every full redraw, so late answers are dropped
  var lastLayoutMs = null;

  function splitList(value) {
    return (value || '').split(',').map(function (s) { return s.trim(); }).filter(Boolean);
  }

  function $(id) { return document.getElementById(id); }

  // ---- GraphQL over HTTP ----------------------------------------------------------------------

  // The API key, when the server asks for one (Auth:RequireReadKey): asked for once, kept for
  // this tab only (sessionStorage, shared with the playground), sent as a Bearer token.
  var KEY_STORAGE = 'geograph.apiKey';

  function storedKey() {
    try { return window.sessionStorage.getItem(KEY_STORAGE); } catch (e) { return null; }
  }

  function askForKey() {
    var key = window.prompt('This GeoGraph server needs an API key. Key:');
    if (!key) return false;
    try { window.sessionStorage.setItem(KEY_STORAGE, key.trim()); } catch (e) { /* private mode: not kept */ }
    return true;
  }

  // POST application/json; errors come back as { errors: [...] } with a stable extensions.code.
  function graphql(query, variables, retried) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/graphql-response+json, application/json' };
    var key = storedKey();
    if (key) headers.Authorization = 'Bearer ' + key;
    return fetch(ENDPOINT, {
      method: 'POST',
      headers: headers,
      body: JSON.stringify({ query: query, variables: variables || {} }),
      credentials: 'same-origin'
    }).then(function (response) {
      return response.json().catch(function () {
        throw new Error('HTTP ' + response.status + ' from ' + ENDPOINT + ': not JSON');
      });
    }).then(function (body) {
      var code = body.errors && body.errors.length && body.errors[0].extensions && body.errors[0].extensions.code;
      if (code === 'UNAUTHENTICATED' && !retried && askForKey()) return graphql(query, variables, true);
      if (body.errors && body.errors.length) {
        var e = body.errors[0];
        var error = new Error(e.message + (e.extensions && e.extensions.code ? ' (' + e.extensions.code + ')' : ''));
        error.code = e.extensions && e.extensions.code;
        throw error;
      }
      return body.data;
    });
  }

  // ---- status and URL -------------------------------------------------------------------------

  function setStatus(text, isError) {
    $('status').textContent = text;
    document.body.dataset.state = isError ? 'error' : (document.body.dataset.state === 'error' ? 'ready' : document.body.dataset.state);
  }

  function fail(error) {
    document.body.dataset.state = 'error';
    $('status').textContent = 'Error: ' + (error && error.message ? error.message : String(error));
  }

  // The URL keeps the view, so it can be shared as a link.
  function writeUrl() {
    var p = new URLSearchParams();
    if (state.focus) p.set('focus', state.focus);
    if (state.expanded.length) p.set('expand', state.expanded.join(','));
    if (state.depth !== DEFAULT_DEPTH) p.set('depth', String(state.depth));
    if (state.types.length) p.set('types', state.types.join(','));
    if (state.direction !== 'BOTH') p.set('direction', state.direction);
    if (state.validAt) p.set('validAt', state.validAt);
    if (state.knownAt) p.set('knownAt', state.knownAt);
    if (state.retracted) p.set('retracted', '1');
    if (state.embed) p.set('embed', '1');
    var query = p.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
    window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : ''));
  }

  // ---- drawing --------------------------------------------------------------------------------

  var KIND_STYLE = {
    COUNTRY: { color: '#2f6fd0', shape: 'round-rectangle' },
    PERSON: { color: '#e07b24', shape: 'ellipse' },
    ORGANIZATION: { color: '#159a8c', shape: 'hexagon' },
    COMMODITY: { color: '#a3782b', shape: 'diamond' },
    EVENT: { color: '#7b52c7', shape: 'star' },
    CLAIM: { color: '#6b7280', shape: 'round-tag' }
  };

  function stylesheet() {
    var styles = [
      {
        selector: 'node',
        style: {
          'label': 'data(label)',
          'font-size': 11,
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-wrap': 'ellipsis',
          'text-max-width': 150,
          'min-zoomed-font-size': 7,
          'width': 26,
          'height': 26,
          'color': '#1b1f24',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.75,
          'text-background-padding': 1,
          'border-width': 1,
          'border-color': '#ffffff'
        }
      },
      {
        selector: 'edge',
        style: {
          'label': 'data(label)',
          'font-size': 9,
          'color': '#4b5563',
          'width': 1.5,
          'line-color': '#9aa4b1',
          'target-arrow-color': '#9aa4b1',
          'target-arrow-shape': 'triangle',
          'arrow-scale': 0.9,
          'curve-style': 'bezier',
          'text-rotation': 'autorotate',
          'min-zoomed-font-size': 8,
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.8,
          'text-background-padding': 1
        }
      },
      { selector: 'edge.denial', style: { 'line-color': '#c62828', 'target-arrow-color': '#c62828' } },
      { selector: 'edge.support', style: { 'line-color': '#2e7d32', 'target-arrow-color': '#2e7d32' } },
      { selector: 'edge.retracted', style: { 'line-style': 'dashed', 'opacity': 0.55 } },
      { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#1b1f24', 'width': 34, 'height': 34, 'font-weight': 700 } },
      { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#1b1f24' } },
      {
        selector: 'node.disputed',
        style: { 'border-width': 4, 'border-color': '#c62828', 'border-style': 'double', 'color': '#c62828' }
      },
      { selector: ':selected', style: { 'overlay-color': '#1d5fbf', 'overlay-opacity': 0.18, 'overlay-padding': 6 } }
    ];
    Object.keys(KIND_STYLE).forEach(function (kind) {
      styles.push({ selector: 'node[kind = "' + kind + '"]', style: { 'background-color': KIND_STYLE[kind].color, 'shape': KIND_STYLE[kind].shape } });
    });
    return styles;
  }

  function nodeLabel(node) {
    return (node.kind === 'CLAIM' && node.disputed ? '⚠ disputed: ' : '') + node.name;
  }

  function phraseOf(type, phrase) {
    if (phrase) return phrase;
    for (var i = 0; i < relationTypes.length; i++) if (relationTypes[i].type === type) return relationTypes[i].phrase;
    return type;
  }

  var SUPPORT = { ASSERTS: true, SPECULATES: true };
  var DENIAL = { DENIES: true, DENIES_LINK: true };

  function nodeElement(node) {
    return {
      group: 'nodes',
      data: { id: node.id, kind: node.kind, name: node.name, label: nodeLabel(node), disputed: !!node.disputed },
      classes: node.disputed ? 'disputed' : ''
    };
  }

  function edgeElement(relation) {
    var classes = [];
    if (relation.retractedAt) classes.push('retracted');
    if (SUPPORT[relation.type]) classes.push('support');
    if (DENIAL[relation.type]) classes.push('denial');
    return {
      group: 'edges',
      data: {
        id: relation.id,
        source: relation.subject.id,
        target: relation.object.id,
        type: relation.type,
        label: phraseOf(relation.type, relation.phrase) + (relation.retractedAt ? ' (retracted)' : ''),
        retracted: !!relation.retractedAt
      },
      classes: classes.join(' ')
    };
  }

  // Adds what is not drawn yet; answers the new elements. New nodes start beside `near`, so an
  // expansion grows out of the node that was clicked.
  function merge(nodes, relations, near) {
    var added = cy.collection();
    var origin = near && cy.getElementById(near).nonempty() ? cy.getElementById(near).position() : null;
    cy.batch(function () {
      nodes.forEach(function (node) {
        var existing = cy.getElementById(node.id);
        if (existing.nonempty()) return;
        var element = nodeElement(node);
        if (origin) element.position = { x: origin.x + (Math.random() - 0.5) * 80, y: origin.y + (Math.random() - 0.5) * 80 };
        added = added.union(cy.add(element));
      });
      relations.forEach(function (relation) {
        if (cy.getElementById(relation.id).nonempty()) return;
        [relation.subject, relation.object].forEach(function (end) {
          if (cy.getElementById(end.id).empty()) {
            var element = nodeElement(end);
            if (origin) element.position = { x: origin.x + (Math.random() - 0.5) * 80, y: origin.y + (Math.random() - 0.5) * 80 };
            added = added.union(cy.add(element));
          }
        });
        added = added.union(cy.add(edgeElement(relation)));
      });
    });
    return added;
  }

  // fcose on the whole drawing. A first drawing is laid out from scratch; an expansion keeps
  // the nodes where they are and places the new ones. Answers a promise of the time it took.
  function layout(incremental) {
    var count = cy.nodes().length;
    var large = count > 300;
    var started = performance.now();
    if (count <= 1) {
      // Nothing to lay out (fcose never reports a stop for a lone node).
      cy.nodes().position({ x: 0, y: 0 });
      cy.fit(undefined, 40);
      cy.zoom(Math.min(cy.zoom(), 1.5));
      cy.center();
      lastLayoutMs = 0;
      return Promise.resolve(0);
    }
    return new Promise(function (resolve) {
      var options = {
        name: 'fcose',
        quality: 'default',
        randomize: !incremental,
        animate: count <= 150,
        animationDuration: 350,
        fit: true,
        padding: 40,
        nodeDimensionsIncludeLabels: false,
        packComponents: true,
        // Roomier than fcose's defaults so captions fit; large drawings keep the defaults, which
        // converge about twice as fast (1,000 nodes: ~2.5 s instead of ~5 s on our machines).
        nodeRepulsion: large ? 4500 : 6500,
        idealEdgeLength: large ? 50 : 110,
        edgeElasticity: 0.45,
        numIter: 2500
      };
      var run = cy.layout(options);
      run.one('layoutstop', function () {
        lastLayoutMs = Math.round(performance.now() - started);
        resolve(lastLayoutMs);
      });
      run.run();
    });
  }

  // Draws a subgraph given as the API answers it ({ nodes, relations }), replacing the drawing.
  // Used for every answer, and by tests to time the layout of a large synthetic drawing.
  function draw(subgraph) {
    cy.elements().remove();
    merge(subgraph.nodes, subgraph.relations, null);
    return layout(false).then(function (ms) {
      setStatus(updateCounts() + ' · layout ' + ms + ' ms');
      return ms;
    });
  }

  function markFocus() {
    cy.nodes().removeClass('focus');
    if (state.focus) cy.getElementById(state.focus).addClass('focus');
    state.expanded.forEach(function (id) { cy.getElementById(id).addClass('expanded'); });
  }

  function updateCounts() {
    var nodes = cy.nodes().length, edges = cy.edges().length;
    document.body.dataset.nodes = String(nodes);
    document.body.dataset.edges = String(edges);
    $('empty').hidden = nodes > 0;
    $('download-png').disabled = nodes === 0;
    $('download-json').disabled = edges === 0;
    return nodes + ' nodes, ' + edges + ' relations';
  }

  function variablesFor(id, depth) {
    return {
      id: id,
      depth: depth,
      types: state.types.length ? state.types : null,
      direction: state.direction,
      validAt: state.validAt || null,
      knownAt: state.knownAt || null,
      limit: NODE_LIMIT,
      withRetracted: state.retracted
    };
  }

  // The relations one neighbourhood answer draws: those in force, plus (when asked) the node's
  // retracted ones that pass the same type and direction filters.
  function relationsOf(data, id) {
    var relations = data.neighborhood ? data.neighborhood.relations.slice() : [];
    if (data.retracted) {
      data.retracted.edges.forEach(function (edge) {
        var r = edge.node;
        if (!r.retractedAt) return;
        if (state.types.length && state.types.indexOf(r.type) < 0) return;
        if (state.direction === 'OUT' && r.subject.id !== id) return;
        if (state.direction === 'IN' && r.object.id !== id) return;
        relations.push(r);
      });
    }
    return relations;
  }

  function fetchNeighbourhood(id, depth) {
    return graphql(Q_NEIGHBOURHOOD, variablesFor(id, depth)).then(function (data) {
      if (!data.neighborhood) throw new Error('no node ' + id);
      return { nodes: data.neighborhood.nodes, relations: relationsOf(data, id), truncated: data.neighborhood.relationsTruncated };
    });
  }

  // The whole view from the state: the focus, then every expanded node, merged.
  function redraw() {
    var mine = ++generation;
    closePanel();
    writeUrl();
    if (!state.focus) {
      cy.elements().remove();
      updateCounts();
      document.body.dataset.state = 'ready';
      return Promise.resolve();
    }
    document.body.dataset.state = 'loading';
    $('empty').hidden = true;
    setStatus('Loading the neighbourhood of ' + state.focus + '…');
    var ids = [state.focus].concat(state.expanded.filter(function (id) { return id !== state.focus; }));
    return Promise.all(ids.map(function (id, i) { return fetchNeighbourhood(id, i === 0 ? state.depth : 1); })).then(function (answers) {
      if (mine !== generation) return;
      cy.elements().remove();
      answers.forEach(function (answer) { merge(answer.nodes, answer.relations, null); });
      markFocus();
      return layout(false).then(function (ms) {
        if (mine !== generation) return;
        var truncated = answers.some(function (a) { return a.truncated; });
        document.body.dataset.state = 'ready';
        setStatus(updateCounts() + ' · layout ' + ms + ' ms' + (truncated ? ' · some relations left out (relation limit)' : '') +
          ' · click a node to expand it, an edge to read its quotes');
      });
    }).catch(function (error) {
      if (mine === generation) fail(error);
    });
  }

  function expand(id) {
    if (state.expanded.indexOf(id) < 0 && id !== state.focus) state.expanded.push(id);
    writeUrl();
    document.body.dataset.state = 'loading';
    var mine = generation;
    return fetchNeighbourhood(id, 1).then(function (answer) {
      if (mine !== generation) return;
      var added = merge(answer.nodes, answer.relations, id);
      markFocus();
      var run = added.nodes().length > 0 ? layout(true) : Promise.resolve(0);
      return run.then(function () {
        document.body.dataset.state = 'ready';
        setStatus(updateCounts() + ' · expanded ' + id + ': ' + added.nodes().length + ' new nodes, ' + added.edges().length + ' new relations');
      });
    }).catch(fail);
  }

  function refocus(id) {
    state.focus = id;
    state.expanded = [];
    return redraw();
  }

  // ---- side panel -----------------------------------------------------------------------------

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (name === 'text') node.textContent = attrs[name];
      else if (name === 'class') node.className = attrs[name];
      else node.setAttribute(name, attrs[name]);
    });
    (children || []).forEach(function (child) {
      if (child == null) return;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function safeLink(url, text) {
    if (!/^https?:\/\//i.test(url || '')) return null;
    return el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text: text || url });
  }

  function openPanel(content, subject) {
    var body = $('panel-body');
    body.textContent = '';
    body.appendChild(content);
    $('panel').hidden = false;
    // The drawing gives the panel its room rather than hiding under it.
    document.body.classList.add('panel-open');
    if (cy) {
      cy.resize();
      if (subject && subject.nonempty()) cy.center(subject);
    }
  }

  function closePanel() {
    $('panel').hidden = true;
    $('panel-body').textContent = '';
    document.body.classList.remove('panel-open');
    if (cy) {
      cy.resize();
      cy.elements().unselect();
    }
  }

  function formatDate(value, precision) {
    if (!value) return null;
    return precision && precision !== 'DAY' ? value + ' (' + precision.toLowerCase() + ')' : value;
  }

  function formatInstant(value) {
    if (!value) return null;
    var date = new Date(value);
    return isNaN(date.getTime()) ? value : date.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC').replace(/:00 UTC$/, ' UTC');
  }

  function definitionList(rows) {
    var dl = el('dl');
    rows.forEach(function (row) {
      if (row[1] == null || row[1] === '') return;
      dl.appendChild(el('dt', { text: row[0] }));
      dl.appendChild(el('dd', {}, [row[1]]));
    });
    return dl;
  }

  function citationBlock(citation) {
    var quote;
    if (citation.context) {
      // The quote highlighted in its sentence (the article's text is stored).
      quote = el('blockquote', {}, [citation.context.before, el('mark', { text: citation.context.quote }), citation.context.after]);
    } else {
      quote = el('blockquote', {}, ['“' + citation.quote + '”']);
    }
    var article = citation.article;
    var source = el('div', { class: 'source' }, [
      citation.speaker ? el('div', {}, ['Speaker: ', el('strong', { text: citation.speaker.name })]) : null,
      el('div', {}, ['Stance: ' + citation.stance.toLowerCase() + ' ',
        citation.verified ? el('span', { class: 'badge verified', text: 'verified', title: 'checked against the article text' }) : el('span', { class: 'badge', text: 'unverified' })]),
      el('div', {}, ['Article: ', el('cite', { text: article.title })]),
      el('div', { text: [article.publisher || 'publisher unknown', article.publishedAt ? formatInstant(article.publishedAt) : 'date unknown'].join(' · ') }),
      el('div', {}, [safeLink(article.url, 'Read the article') || el('span', { text: 'no link recorded (' + article.id + ')' })]),
      el('div', { text: 'Offsets [' + citation.start + ', ' + citation.end + ')' })
    ]);
    return el('div', { class: 'citation' }, [quote, source]);
  }

  function showRelation(id) {
    openPanel(el('p', { text: 'Loading ' + id + '…' }));
    return graphql(Q_RELATION, { id: id }).then(function (data) {
      var r = data.relation;
      var title = el('h2', {}, [r.subject.name + ' ', el('em', { text: phraseOf(r.type, r.phrase) }), ' ' + r.object.name]);
      var qualifiers = r.qualifiers.length ? el('dl', {}, []) : null;
      r.qualifiers.forEach(function (q) {
        qualifiers.appendChild(el('dt', { text: q.key }));
        qualifiers.appendChild(el('dd', { text: q.entity ? q.entity.name + ' (' + q.entity.id + ')' : q.unit ? q.value + ' ' + q.unit : q.value }));
      });
      var validity = r.validFrom || r.validTo
        ? (formatDate(r.validFrom, r.validFromPrecision) || '…') + ' – ' + (formatDate(r.validTo, r.validToPrecision) || '')
        : 'not stated';
      var content = el('div', {}, [
        title,
        el('div', { class: 'type', text: r.type + ' · ' + r.id }),
        r.object.disputed ? el('p', {}, [el('span', { class: 'badge disputed', text: 'disputed claim' }), ' someone asserts it and someone denies it']) : null,
        r.retractedAt ? el('p', {}, [el('span', { class: 'badge retracted', text: 'retracted' }),
          ' ' + formatInstant(r.retractedAt) + (r.retractedBy ? ' by ' + r.retractedBy : '') + (r.retractReason ? ': ' + r.retractReason : '')]) : null,
        definitionList([
          ['Valid', validity],
          ['Confidence', String(r.confidence)],
          ['Recorded', formatInstant(r.recordedAt) + ' by ' + r.recordedBy]
        ]),
        qualifiers ? el('h3', { text: 'Qualifiers' }) : null,
        qualifiers,
        el('h3', { text: r.citations.length === 1 ? '1 citation' : r.citations.length + ' citations' })
      ].concat(r.citations.map(citationBlock)));
      openPanel(content, cy.getElementById(id));
    }).catch(function (error) {
      openPanel(el('p', { text: 'Could not load ' + id + ': ' + error.message }));
    });
  }

  function showNode(id) {
    return graphql(Q_NODE, { id: id }).then(function (data) {
      var n = data.entity;
      var focusHere = el('button', { type: 'button', text: 'Make this the focus' });
      focusHere.addEventListener('click', function () { refocus(n.id); });
      var content = el('div', {}, [
        el('h2', { text: n.name }),
        el('div', { class: 'type', text: n.kind + ' · ' + n.id }),
        n.disputed ? el('p', {}, [el('span', { class: 'badge disputed', text: 'disputed' }),
          ' ' + n.supporters.length + ' supporting, ' + n.deniers.length + ' denying']) : null,
        n.description ? el('p', { text: n.description }) : null,
        n.aliases && n.aliases.length ? definitionList([['Also', n.aliases.join(', ')]]) : null,
        el('div', { class: 'actions' }, [focusHere])
      ]);
      openPanel(content);
    }).catch(function () { /* the expansion reports errors */ });
  }

  // ---- search with suggestions ----------------------------------------------------------------

  var searchTimer = null;
  var suggestions = [];
  var active = -1;

  function renderSuggestions() {
    var list = $('suggestions');
    list.textContent = '';
    suggestions.forEach(function (node, i) {
      var item = el('li', { role: 'option', id: 'suggestion-' + i, 'data-id': node.id, 'aria-selected': String(i === active) },
        [el('span', { text: node.name }), el('span', { class: 'kind', text: node.kind.toLowerCase() + ' · ' + node.id })]);
      item.addEventListener('mousedown', function (event) { event.preventDefault(); choose(i); });
      list.appendChild(item);
    });
    list.hidden = suggestions.length === 0;
    $('search').setAttribute('aria-expanded', String(suggestions.length > 0));
  }

  function choose(i) {
    var node = suggestions[i];
    if (!node) return;
    suggestions = [];
    active = -1;
    renderSuggestions();
    $('search').value = node.name;
    refocus(node.id);
  }

  function onSearchInput() {
    var text = $('search').value.trim();
    window.clearTimeout(searchTimer);
    if (!text) { suggestions = []; renderSuggestions(); return; }
    searchTimer = window.setTimeout(function () {
      graphql(Q_SEARCH, { search: text }).then(function (data) {
        if ($('search').value.trim() !== text) return;
        suggestions = data.entities.edges.map(function (e) { return e.node; });
        active = suggestions.length ? 0 : -1;
        renderSuggestions();
      }).catch(fail);
    }, SEARCH_DELAY_MS);
  }

  function onSearchKey(event) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!suggestions.length) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length;
      renderSuggestions();
      event.preventDefault();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (active >= 0) choose(active);
    } else if (event.key === 'Escape') {
      suggestions = [];
      renderSuggestions();
    }
  }

  // ---- filters --------------------------------------------------------------------------------

  function toLocalInput(iso) {
    var date = new Date(iso);
    if (isNaN(date.getTime())) return '';
    var local = new Date(date.getTime() - date.getTimezoneOffset() * 60000);
    return local.toISOString().slice(0, 19);
  }

  function renderTypes() {
    var list = $('types-list');
    list.textContent = '';
    relationTypes.forEach(function (t) {
      var box = el('input', { type: 'checkbox', value: t.type });
      box.checked = state.types.indexOf(t.type) >= 0;
      box.addEventListener('change', onTypesChanged);
      list.appendChild(el('label', { title: t.description }, [box, ' ' + t.type + ' ', el('small', { text: t.phrase })]));
    });
    $('types-summary').textContent = state.types.length ? state.types.length + ' of ' + relationTypes.length : 'all';
  }

  function onTypesChanged() {
    state.types = Array.prototype.slice.call($('types-list').querySelectorAll('input:checked')).map(function (b) { return b.value; });
    $('types-summary').textContent = state.types.length ? state.types.length + ' of ' + relationTypes.length : 'all';
    redraw();
  }

  function readFilters() {
    state.direction = $('direction').value;
    state.depth = parseInt($('depth').value, 10) || DEFAULT_DEPTH;
    state.validAt = $('validAt').value;
    var known = $('knownAt').value;
    state.knownAt = known ? new Date(known).toISOString().replace(/\.000Z$/, 'Z') : '';
    state.retracted = $('retracted').checked;
    redraw();
  }

  function showFilters() {
    $('direction').value = ['BOTH', 'OUT', 'IN'].indexOf(state.direction) >= 0 ? state.direction : 'BOTH';
    $('depth').value = String(state.depth);
    $('validAt').value = state.validAt;
    $('knownAt').value = state.knownAt ? toLocalInput(state.knownAt) : '';
    $('retracted').checked = state.retracted;
  }

  // ---- downloads ------------------------------------------------------------------------------

  function download(name, href) {
    var a = el('a', { href: href, download: name });
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  function fileStem() {
    return 'geograph-' + (state.focus || 'graph').replace(/[^A-Za-z0-9-]+/g, '-');
  }

  function downloadPng() {
    var blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
    var url = URL.createObjectURL(blob);
    download(fileStem() + '.png', url);
    window.setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  function chunks(items, size) {
    var out = [];
    for (var i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
    return out;
  }

  function withoutNulls(object) {
    var out = {};
    Object.keys(object).forEach(function (k) { if (object[k] != null) out[k] = object[k]; });
    return out;
  }

  // The drawn subgraph as a geograph-bundle/1 document: its relations with every citation, the
  // articles they cite, and every entity and claim they name (countries too, so the bundle
  // imports into a store that was never seeded; ingestion never overwrites what a store has).
  // Fetched by id in batches of aliased fields.
  function bundle() {
    var relationIds = cy.edges().map(function (e) { return e.id(); });
    return Promise.all(chunks(relationIds, 50).map(function (ids) {
      var query = 'query ExplorerBundleRelations {' + ids.map(function (id, i) {
        return ' r' + i + ': relation(id: ' + JSON.stringify(id) + ') { ' + RELATION_DETAILS + ' }';
      }).join('') + ' }';
      return graphql(query).then(function (data) { return Object.keys(data).map(function (k) { return data[k]; }); });
    })).then(function (parts) {
      var relations = [].concat.apply([], parts);
      var articles = {}, nodeIds = {};
      relations.forEach(function (r) {
        nodeIds[r.subject.id] = true;
        nodeIds[r.object.id] = true;
        r.qualifiers.forEach(function (q) { if (q.entity) nodeIds[q.entity.id] = true; });
        r.citations.forEach(function (c) {
          articles[c.article.id] = c.article;
          if (c.speaker) nodeIds[c.speaker.id] = true;
        });
      });
      var ids = Object.keys(nodeIds).sort();
      return Promise.all(chunks(ids, 50).map(function (part) {
        var query = 'query ExplorerBundleNodes {' + part.map(function (id, i) {
          return ' n' + i + ': entity(id: ' + JSON.stringify(id) + ') { id kind name ... on Entity { aliases description } ... on Claim { statement } }';
        }).join('') + ' }';
        return graphql(query).then(function (data) { return Object.keys(data).map(function (k) { return data[k]; }); });
      })).then(function (nodeParts) {
        var nodes = [].concat.apply([], nodeParts);
        return {
          format: 'geograph-bundle/1',
          articles: Object.keys(articles).sort().map(function (id) {
            var a = articles[id];
            return withoutNulls({ id: a.id, title: a.title, publisher: a.publisher, url: a.url, publishedAt: a.publishedAt,
              language: a.language, textSha256: a.textSha256, textLength: a.textLength });
          }),
          entities: nodes.filter(function (n) { return n.kind !== 'CLAIM'; }).map(function (n) {
            var entity = withoutNulls({ id: n.id, kind: n.kind, name: n.name, description: n.description });
            if (n.aliases && n.aliases.length) entity.aliases = n.aliases;
            return entity;
          }),
          claims: nodes.filter(function (n) { return n.kind === 'CLAIM'; }).map(function (n) { return { id: n.id, statement: n.statement }; }),
          relations: relations.sort(function (a, b) { return a.id < b.id ? -1 : a.id > b.id ? 1 : 0; }).map(function (r) {
            var relation = { type: r.type, subject: r.subject.id, object: r.object.id };
            if (r.qualifiers.length) {
              relation.qualifiers = r.qualifiers.map(function (q) {
                return withoutNulls({ key: q.key, value: q.value, number: q.number, unit: q.unit, entity: q.entity ? q.entity.id : null });
              });
            }
            Object.assign(relation, withoutNulls({ validFrom: r.validFrom, validFromPrecision: r.validFrom ? r.validFromPrecision : null,
              validTo: r.validTo, validToPrecision: r.validTo ? r.validToPrecision : null, confidence: r.confidence }));
            relation.citations = r.citations.map(function (c) {
              return withoutNulls({ article: c.article.id, quote: c.quote, start: c.start, end: c.end, speaker: c.speaker ? c.speaker.id : null, stance: c.stance });
            });
            return relation;
          })
        };
      });
    });
  }

  function downloadJson() {
    setStatus('Preparing the bundle…');
    return bundle().then(function (doc) {
      var blob = new Blob([JSON.stringify(doc, null, 2) + '\n'], { type: 'application/json' });
      var url = URL.createObjectURL(blob);
      download(fileStem() + '.json', url);
      window.setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
      setStatus(updateCounts() + ' · bundle: ' + doc.relations.length + ' relations, ' + doc.articles.length + ' articles');
      return doc;
    }).catch(fail);
  }

  // ---- start ----------------------------------------------------------------------------------

  function assetsLoaded() {
    return typeof window.cytoscape === 'function' && typeof window.cytoscapeFcose === 'function';
  }

  function renderLegend() {
    var legend = $('legend');
    Object.keys(KIND_STYLE).forEach(function (kind) {
      legend.appendChild(el('span', { class: 'k-' + kind, text: kind.toLowerCase() }));
    });
    legend.appendChild(el('span', { class: 'k-DISPUTED', text: 'disputed claim / denial' }));
  }

  function start() {
    if (state.embed) document.body.classList.add('embed');
    if (!assetsLoaded()) {
      document.querySelector('.stage').hidden = true;
      $('chrome').hidden = true;
      $('filters').hidden = true;
      $('explore-missing').hidden = false;
      document.body.dataset.state = 'missing-assets';
      return;
    }
    window.cytoscape.use(window.cytoscapeFcose);
    cy = window.cytoscape({
      container: $('graph'),
      style: stylesheet(),
      minZoom: 0.05,
      maxZoom: 4,
      textureOnViewport: false,
      hideEdgesOnViewport: false
    });
    cy.on('tap', 'node', function (event) {
      var id = event.target.id();
      showNode(id);
      expand(id);
    });
    cy.on('tap', 'edge', function (event) {
      event.target.select();
      showRelation(event.target.id());
    });
    cy.on('tap', function (event) { if (event.target === cy) closePanel(); });

    renderLegend();
    showFilters();
    $('search').addEventListener('input', onSearchInput);
    $('search').addEventListener('keydown', onSearchKey);
    $('search').addEventListener('blur', function () { window.setTimeout(function () { suggestions = []; renderSuggestions(); }, 100); });
    $('direction').addEventListener('change', readFilters);
    $('depth').addEventListener('change', readFilters);
    $('validAt').addEventListener('change', readFilters);
    $('knownAt').addEventListener('change', readFilters);
    $('retracted').addEventListener('change', readFilters);
    $('types-all').addEventListener('click', function () {
      Array.prototype.forEach.call($('types-list').querySelectorAll('input'), function (b) { b.checked = false; });
      onTypesChanged();
    });
    $('panel-close').addEventListener('click', closePanel);
    $('download-png').addEventListener('click', downloadPng);
    $('download-json').addEventListener('click', downloadJson);

    // For tools and tests: the drawing, its last layout time, and the page's own operations.
    window.GeoGraphExplorer = {
      get cy() { return cy; },
      get lastLayoutMs() { return lastLayoutMs; },
      draw: draw,
      expand: expand,
      focus: refocus,
      showRelation: showRelation,
      bundle: bundle,
      graphql: graphql
    };

    graphql(Q_TYPES).then(function (data) {
      relationTypes = data.relationTypes;
      renderTypes();
    }).catch(fail).then(function () {
      if (state.focus) {
        return graphql('query ExplorerFocusName($id: ID!) { entity(id: $id) { name } }', { id: state.focus })
          .then(function (data) { $('search').value = data.entity.name; }, function () { /* redraw reports it */ })
          .then(redraw);
      }
      document.body.dataset.state = 'ready';
      updateCounts();
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
