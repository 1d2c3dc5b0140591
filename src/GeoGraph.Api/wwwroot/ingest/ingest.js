// GeoGraph intake page (/ingest): paste a text, get a draft from suggestBundle, review it (accept,
// edit or drop each candidate relation, add one by selecting a passage) and send the accepted
// relations to ingestArticle. Plain script, no libraries, nothing inline (the CSP allows only
// scripts served by the API itself) and no request anywhere but the API's /graphql.
(function () {
  'use strict';

  var ENDPOINT = '/graphql';
  var KEY_STORAGE = 'geograph.apiKey';

  var SUGGEST = 'query Suggest($text: String!, $publishedAt: DateTime, $title: String, $publisher: String, $url: String) {' +
    ' suggestBundle(text: $text, publishedAt: $publishedAt, title: $title, publisher: $publisher, url: $url) {' +
    ' articleId title text entities { id kind name aliases description known rule }' +
    ' mentions { entity kind start end text rule }' +
    ' relations { type subject object quote start end confidence rule stance qualifiers { key value number unit } } } }';
  var TYPES = '{ relationTypes { type phrase subjectKinds objectKinds } }';
  var INGEST = 'mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) {' +
    ' changed message articlesCreated nodesCreated relationsCreated citationsAdded article { id title } relations { id type subject { id } object { id } } } }';

  var state = { text: '', articleId: null, title: '', entities: {}, mentions: [], relations: [], types: [], active: null };

  function $(id) { return document.getElementById(id); }

  // ---- GraphQL over HTTP (the API key as the explorer and playground keep it) -----------------

  function storedKey() {
    try { return window.sessionStorage.getItem(KEY_STORAGE); } catch (e) { return null; }
  }

  function askForKey(message) {
    var key = window.prompt(message);
    if (!key) return false;
    try { window.sessionStorage.setItem(KEY_STORAGE, key.trim()); } catch (e) { /* private mode: not kept */ }
    return true;
  }

  // Resolves to the whole response body: ingestion errors are shown field by field.
  function graphql(query, variables, retried) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/graphql-response+json, application/json' };
    var key = storedKey();
    if (key) headers.Authorization = 'Bearer ' + key;
    return fetch(ENDPOINT, {
      method: 'POST', headers: headers, credentials: 'same-origin',
      body: JSON.stringify({ query: query, variables: variables || {} })
    }).then(function (response) {
      return response.json().catch(function () { throw new Error('HTTP ' + response.status + ' from ' + ENDPOINT + ': not JSON'); });
    }).then(function (body) {
      var code = body.errors && body.errors.length && body.errors[0].extensions && body.errors[0].extensions.code;
      if (!retried && code === 'UNAUTHENTICATED' && askForKey('This GeoGraph server needs an API key. Key:')) return graphql(query, variables, true);
      if (!retried && code === 'FORBIDDEN' && askForKey('Ingesting needs a writer key. Key:')) return graphql(query, variables, true);
      return body;
    });
  }

  function firstError(body) {
    var e = body.errors[0];
    return new Error(e.message + (e.extensions && e.extensions.code ? ' (' + e.extensions.code + ')' : ''));
  }

  function setStatus(text, isError) {
    $('status').textContent = text;
    if (isError) document.body.dataset.state = 'error';
  }

  // ---- suggesting --------------------------------------------------------------------------

  function suggest(event) {
    event.preventDefault();
    var text = $('text').value;
    if (!text.trim()) { setStatus('Paste a text first.', true); return; }
    setStatus('Suggesting…');
    document.body.dataset.state = 'loading';
    var variables = { text: text };
    ['title', 'publishedAt', 'publisher', 'url'].forEach(function (name) {
      var value = $(name).value.trim();
      if (value) variables[name] = value;
    });
    var typesLoaded = state.types.length ? Promise.resolve() : graphql(TYPES).then(function (body) {
      if (body.errors) throw firstError(body);
      state.types = body.data.relationTypes;
    });
    typesLoaded.then(function () { return graphql(SUGGEST, variables); }).then(function (body) {
      if (body.errors) throw firstError(body);
      load(body.data.suggestBundle);
      document.body.dataset.state = 'review';
      setStatus(state.mentions.length + ' mentions of ' + Object.keys(state.entities).length + ' entities, ' +
        state.relations.length + ' candidate relations. Nothing is stored until you ingest.');
    }).catch(function (error) { setStatus('Error: ' + error.message, true); });
  }

  function load(draft) {
    state.text = draft.text;
    state.articleId = draft.articleId;
    state.title = draft.title;
    state.entities = {};
    draft.entities.forEach(function (e) { state.entities[e.id] = e; });
    state.mentions = draft.mentions;
    state.relations = [];
    state.active = null;
    $('relations').textContent = '';
    draft.relations.forEach(addRelation);
    $('result').hidden = true;
    $('errors').hidden = true;
    $('review').hidden = false;
    renderText();
    renderEntities();
  }

  // ---- the text, with mentions highlighted and the active quote marked ----------------------

  // Cut the text at every mention and quote boundary; each piece is a span that knows its offset,
  // so a selection maps back to UTF-16 offsets of the normalised text (what citations use).
  function renderText() {
    var text = state.text;
    var cuts = [0, text.length];
    state.mentions.forEach(function (m) { cuts.push(m.start, m.end); });
    if (state.active) cuts.push(state.active.start, state.active.end);
    cuts = cuts.filter(function (c, i, all) { return all.indexOf(c) === i; }).sort(function (a, b) { return a - b; });
    var article = $('article');
    article.textContent = '';
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i], b = cuts[i + 1];
      var span = document.createElement('span');
      span.dataset.start = String(a);
      span.textContent = text.slice(a, b);
      var mention = innermostMention(a, b);
      if (mention) {
        span.className = 'mention k-' + mention.kind;
        span.dataset.entity = mention.entity;
        span.title = mention.entity + ' (' + mention.rule + ')';
      }
      if (state.active && a >= state.active.start && b <= state.active.end) span.classList.add('quoted');
      article.appendChild(span);
    }
  }

  function innermostMention(a, b) {
    var best = null;
    state.mentions.forEach(function (m) {
      if (m.start <= a && b <= m.end && (!best || m.end - m.start < best.end - best.start)) best = m;
    });
    return best;
  }

  function offsetOf(container, offset) {
    var article = $('article');
    if (container === article) {
      var child = article.childNodes[offset];
      return child ? Number(child.dataset.start) : state.text.length;
    }
    var span = container.nodeType === 3 ? container.parentNode : container;
    if (!span || !span.dataset || span.dataset.start === undefined) return null;
    return Number(span.dataset.start) + (container.nodeType === 3 ? offset : 0);
  }

  function selectedRange() {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    var range = selection.getRangeAt(0);
    var article = $('article');
    if (!article.contains(range.startContainer) || !article.contains(range.endContainer)) return null;
    var start = offsetOf(range.startContainer, range.startOffset);
    var end = offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return null;
    // A passage is cited without the blanks around it.
    while (start < end && /\s/.test(state.text[start])) start++;
    while (end > start && /\s/.test(state.text[end - 1])) end--;
    return end > start ? { start: start, end: end } : null;
  }

  // ---- entities ------------------------------------------------------------------------------

  function renderEntities() {
    var list = $('entities');
    list.textContent = '';
    var ids = Object.keys(state.entities).sort();
    ids.forEach(function (id) {
      var e = state.entities[id];
      var li = document.createElement('li');
      li.dataset.id = id;
      li.textContent = e.name + ' — ' + id + ' (' + e.kind.toLowerCase() + (e.known ? '' : ', proposed: ' + e.rule) + ')';
      if (!e.known) li.className = 'proposed';
      list.appendChild(li);
    });
    $('entity-count').textContent = '(' + ids.length + ')';
  }

  function entitiesOfKinds(kinds) {
    return Object.keys(state.entities).map(function (id) { return state.entities[id]; })
      .filter(function (e) { return kinds.indexOf(e.kind) >= 0; })
      .sort(function (a, b) { return a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1); });
  }

  // ---- relations -------------------------------------------------------------------------------

  function typeInfo(type) {
    for (var i = 0; i < state.types.length; i++) if (state.types[i].type === type) return state.types[i];
    return null;
  }

  function fillEntities(select, kinds, selected) {
    select.textContent = '';
    entitiesOfKinds(kinds).forEach(function (e) {
      var option = document.createElement('option');
      option.value = e.id;
      option.textContent = e.name + ' (' + e.id + ')';
      select.appendChild(option);
    });
    if (selected && select.querySelector('option[value="' + CSS.escape(selected) + '"]')) select.value = selected;
  }

  function addRelation(r) {
    var item = document.getElementById('relation-template').content.firstElementChild.cloneNode(true);
    var relation = {
      type: r.type, subject: r.subject, object: r.object, quote: r.quote, start: r.start, end: r.end,
      confidence: r.confidence, stance: r.stance || 'ASSERTS', qualifiers: r.qualifiers || [], rule: r.rule || 'analyst', el: item
    };
    state.relations.push(relation);
    item.dataset.index = String(state.relations.length - 1);
    var type = item.querySelector('.type');
    state.types.forEach(function (t) {
      var option = document.createElement('option');
      option.value = t.type;
      option.textContent = t.type;
      option.title = t.phrase;
      type.appendChild(option);
    });
    type.value = relation.type;
    var kinds = function () { var t = typeInfo(type.value); return t ? t : { subjectKinds: [], objectKinds: [] }; };
    fillEntities(item.querySelector('.subject'), kinds().subjectKinds, relation.subject);
    fillEntities(item.querySelector('.object'), kinds().objectKinds, relation.object);
    item.querySelector('.rule').textContent = relation.rule + (r.confidence !== undefined && r.confidence !== null ? ' · ' + Number(r.confidence).toFixed(2) : '');
    item.querySelector('.quote').value = relation.quote;
    item.querySelector('.confidence').value = relation.confidence === null || relation.confidence === undefined ? '' : String(relation.confidence);
    item.querySelector('.stance').value = relation.stance;
    showOffsets(relation);

    type.addEventListener('change', function () {
      relation.type = type.value;
      fillEntities(item.querySelector('.subject'), kinds().subjectKinds, relation.subject);
      fillEntities(item.querySelector('.object'), kinds().objectKinds, relation.object);
      relation.subject = item.querySelector('.subject').value;
      relation.object = item.querySelector('.object').value;
      relation.qualifiers = [];
    });
    item.querySelector('.subject').addEventListener('change', function (e) { relation.subject = e.target.value; });
    item.querySelector('.object').addEventListener('change', function (e) { relation.object = e.target.value; });
    item.querySelector('.confidence').addEventListener('change', function (e) { relation.confidence = e.target.value === '' ? null : Number(e.target.value); });
    item.querySelector('.stance').addEventListener('change', function (e) { relation.stance = e.target.value; });
    item.querySelector('.accept').addEventListener('change', function (e) { item.classList.toggle('rejected', !e.target.checked); });
    item.querySelector('.drop').addEventListener('click', function () { relation.dropped = true; item.classList.add('dropped'); countRelations(); });
    // The quote must be verbatim: its first occurrence gives the offsets (the offsets convention).
    item.querySelector('.quote').addEventListener('input', function (e) {
      relation.quote = e.target.value;
      var at = relation.quote ? state.text.indexOf(relation.quote) : -1;
      relation.start = at;
      relation.end = at < 0 ? -1 : at + relation.quote.length;
      showOffsets(relation);
      activate(relation);
    });
    item.addEventListener('focusin', function () { activate(relation); });
    item.addEventListener('mouseenter', function () { activate(relation); });
    $('relations').appendChild(item);
    countRelations();
    return relation;
  }

  function showOffsets(relation) {
    var valid = relation.start >= 0;
    relation.el.classList.toggle('invalid', !valid);
    relation.el.querySelector('.offsets').textContent = valid ? '[' + relation.start + ', ' + relation.end + ')' : 'not found in the text';
  }

  function activate(relation) {
    var next = relation.start >= 0 ? { start: relation.start, end: relation.end } : null;
    if (JSON.stringify(next) === JSON.stringify(state.active)) return;
    state.active = next;
    renderText();
  }

  function countRelations() {
    $('relation-count').textContent = '(' + state.relations.filter(function (r) { return !r.dropped; }).length + ')';
  }

  // A new relation citing the selected passage; its subject and object default to the entities
  // named in it, its type to the first that allows their kinds.
  function addFromSelection() {
    var range = selectedRange();
    if (!range) return;
    var quote = state.text.slice(range.start, range.end);
    var start = state.text.indexOf(quote);
    var named = [];
    state.mentions.forEach(function (m) {
      if (m.start >= range.start && m.end <= range.end && named.indexOf(m.entity) < 0) named.push(m.entity);
    });
    var subject = named[0] ? state.entities[named[0]] : null;
    var object = named[1] ? state.entities[named[1]] : null;
    var type = state.types.filter(function (t) {
      return (!subject || t.subjectKinds.indexOf(subject.kind) >= 0) && (!object || t.objectKinds.indexOf(object.kind) >= 0);
    })[0] || state.types[0];
    var relation = addRelation({
      type: type.type, subject: subject && subject.id, object: object && object.id, quote: quote, start: start, end: start + quote.length,
      confidence: 1, stance: 'ASSERTS', rule: 'analyst'
    });
    relation.subject = relation.el.querySelector('.subject').value;
    relation.object = relation.el.querySelector('.object').value;
    relation.el.scrollIntoView({ block: 'nearest' });
    relation.el.querySelector('.type').focus();
    window.getSelection().removeAllRanges();
    $('add-relation').disabled = true;
  }

  // ---- ingesting -----------------------------------------------------------------------------

  function accepted() {
    return state.relations.filter(function (r) { return !r.dropped && r.el.querySelector('.accept').checked; });
  }

  function ingestInput() {
    var relations = accepted();
    var used = {};
    relations.forEach(function (r) {
      used[r.subject] = true;
      used[r.object] = true;
      r.qualifiers.forEach(function (q) { if (q.entity) used[q.entity] = true; });
    });
    var article = { title: $('title').value.trim() || state.title, text: state.text };
    ['publishedAt', 'publisher', 'url'].forEach(function (name) {
      var value = $(name).value.trim();
      if (value) article[name] = value;
    });
    return {
      article: article,
      entities: Object.keys(used).filter(function (id) { return state.entities[id]; }).sort().map(function (id) {
        var e = state.entities[id];
        var entity = { id: e.id, name: e.name, aliases: e.aliases };
        if (e.description) entity.description = e.description;
        return entity;
      }),
      relations: relations.map(function (r) {
        var relation = {
          type: r.type, subject: r.subject, object: r.object,
          qualifiers: r.qualifiers.map(function (q) {
            var qualifier = { key: q.key, value: q.value };
            if (q.number !== null && q.number !== undefined) qualifier.number = q.number;
            if (q.unit) qualifier.unit = q.unit;
            return qualifier;
          }),
          citations: [{ quote: r.quote, start: r.start, end: r.end, stance: r.stance }]
        };
        if (r.confidence !== null && r.confidence !== undefined) relation.confidence = r.confidence;
        return relation;
      })
    };
  }

  function ingest() {
    var invalid = accepted().filter(function (r) { return r.start < 0 || !r.subject || !r.object; });
    if (invalid.length) {
      showErrors([{ message: invalid.length + ' accepted relation(s) have a quote not found in the text or no subject/object: fix or drop them.' }]);
      return;
    }
    $('ingest').disabled = true;
    $('result').hidden = true;
    $('errors').hidden = true;
    graphql(INGEST, { input: ingestInput() }).then(function (body) {
      if (body.errors && body.errors.length) { showErrors(body.errors); return; }
      var r = body.data.ingestArticle;
      var result = $('result');
      result.textContent = (r.changed ? 'Ingested ' : 'Already known: ') + r.article.id + ' — ' + r.relationsCreated + ' relations and ' +
        r.nodesCreated + ' entities created, ' + r.citationsAdded + ' citations added. ';
      var link = document.createElement('a');
      link.href = '/explore?focus=' + encodeURIComponent(r.relations.length ? r.relations[0].subject.id : 'country:CN').replace(/%3A/gi, ':');
      link.textContent = 'Open in the explorer';
      result.appendChild(link);
      result.hidden = false;
    }).catch(function (error) { showErrors([{ message: error.message }]); })
      .then(function () { $('ingest').disabled = false; });
  }

  function showErrors(errors) {
    var list = $('errors');
    list.textContent = '';
    errors.forEach(function (e) {
      var li = document.createElement('li');
      var code = e.extensions && e.extensions.code ? ' (' + e.extensions.code + ')' : '';
      var fields = e.extensions && e.extensions.fields ? e.extensions.fields : [];
      li.textContent = e.message + code;
      if (fields.length) {
        var ul = document.createElement('ul');
        fields.forEach(function (f) {
          var item = document.createElement('li');
          item.textContent = typeof f === 'string' ? f : (f.field || '') + ': ' + (f.message || JSON.stringify(f));
          ul.appendChild(item);
        });
        li.appendChild(ul);
      }
      list.appendChild(li);
    });
    list.hidden = false;
  }

  // ---- wiring --------------------------------------------------------------------------------

  $('source').addEventListener('submit', suggest);
  $('add-relation').addEventListener('click', addFromSelection);
  $('ingest').addEventListener('click', ingest);
  document.addEventListener('selectionchange', function () { $('add-relation').disabled = !selectedRange(); });

  window.GeoGraphIngest = { state: state, ingestInput: ingestInput };
})();
