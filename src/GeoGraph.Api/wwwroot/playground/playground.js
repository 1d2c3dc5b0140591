// GeoGraph GraphQL playground: GraphiQL 3 (React 18 UMD builds, installed by the build into
// /playground/vendor/) against this API's /graphql endpoint, opening with one tab per example
// in examples.js. No inline scripts, so a CSP of script-src 'self' works.
(function () {
  'use strict';

  var ENDPOINT = '/graphql';
  var EXPLORER = '/explore';
  var NODE_ID = /^(country|person|org|commodity|event|claim):\S+$/;
  var lastResult = null;
  var EXAMPLES_KEY = 'geograph:playground:examples';
  var examples = Array.isArray(window.GeoGraphExamples) ? window.GeoGraphExamples : [];

  function assetsLoaded() {
    return typeof window.React !== 'undefined' &&
      typeof window.ReactDOM !== 'undefined' &&
      typeof window.ReactDOM.createRoot === 'function' &&
      typeof window.GraphiQL === 'function';
  }

  // The vendor scripts did not load: say what is missing and how to install it, and list
  // the examples so they can still be copied into curl or another client.
  function showMissingAssets() {
    var root = document.getElementById('graphiql');
    if (root) root.hidden = true;
    var box = document.getElementById('playground-missing');
    if (!box) return;
    var list = document.getElementById('playground-missing-examples');
    if (list) {
      examples.forEach(function (example) {
        var h = document.createElement('h3');
        h.textContent = example.title;
        var pre = document.createElement('pre');
        pre.textContent = example.query + (example.variables ? '\n# variables\n' + example.variables : '');
        list.appendChild(h);
        list.appendChild(pre);
      });
    }
    box.hidden = false;
  }

  // The API key for servers that need one for the request at hand: kept for this tab only
  // (sessionStorage, shared with the explorer), sent as a Bearer token.
  var KEY_STORAGE = 'geograph.apiKey';

  function storedKey() {
    try { return window.sessionStorage.getItem(KEY_STORAGE); } catch (e) { return null; }
  }

  function askForKey() {
    var key = window.prompt('This request needs a GeoGraph API key (or set an Authorization header in the Headers tab). Key:');
    if (!key) return false;
    try { window.sessionStorage.setItem(KEY_STORAGE, key.trim()); } catch (e) { /* private mode: not kept */ }
    return true;
  }

  // GraphQL over HTTP: POST JSON, accept application/graphql-response+json. Error statuses
  // (e.g. 400 for an invalid query) still carry a JSON body with `errors`, so return it as is.
  function fetcher(params, options) {
    var headers = {
      'Content-Type': 'application/json',
      'Accept': 'application/graphql-response+json, application/json'
    };
    var extra = options && options.headers;
    if (extra) {
      Object.keys(extra).forEach(function (name) { headers[name] = extra[name]; });
    }
    // A key from GraphiQL's Headers tab wins; otherwise the one this tab was given (shared with
    // the explorer), asked for when the server answers UNAUTHENTICATED.
    var named = Object.keys(headers).some(function (name) { return /^(authorization|x-api-key)$/i.test(name); });
    var key = named ? null : storedKey();
    if (key) headers.Authorization = 'Bearer ' + key;
    // Right after a tab switch GraphiQL can still send the previous tab's operation name, which
    // the server rightly refuses; a name the document does not contain is dropped (a document
    // with one operation needs none, and one with several still gets its own).
    if (params.operationName && typeof params.query === 'string'
        && !new RegExp('\\b(query|mutation|subscription)\\s+' + params.operationName + '\\b').test(params.query)) {
      params = Object.assign({}, params);
      delete params.operationName;
    }
    return fetch(ENDPOINT, {
      method: 'POST',
      headers: headers,
      body: JSON.stringify(params),
      credentials: 'same-origin'
    }).then(function (response) {
      return response.text().then(function (text) {
        try {
          var result = JSON.parse(text);
          var code = result.errors && result.errors.length && result.errors[0].extensions && result.errors[0].extensions.code;
          if (code === 'UNAUTHENTICATED' && !named && !(options && options.retried) && askForKey())
            return fetcher(params, Object.assign({}, options, { retried: true }));
          // GraphiQL fetches the schema through here too; only the user's queries count.
          if (params.operationName !== 'IntrospectionQuery') lastResult = result;
          return result;
        } catch (e) {
          return {
            errors: [{
              message: 'HTTP ' + response.status + ' ' + response.statusText +
                ' from ' + ENDPOINT + ': the response is not JSON',
              extensions: { body: text.slice(0, 1000) }
            }]
          };
        }
      });
    });
  }

  // The first node id in a result, depth first in the order the fields were asked for.
  function firstNodeId(value) {
    if (Array.isArray(value)) {
      for (var i = 0; i < value.length; i++) {
        var found = firstNodeId(value[i]);
        if (found) return found;
      }
    } else if (value && typeof value === 'object') {
      if (typeof value.id === 'string' && NODE_ID.test(value.id)) return value.id;
      var keys = Object.keys(value);
      for (var k = 0; k < keys.length; k++) {
        var inner = firstNodeId(value[keys[k]]);
        if (inner) return inner;
      }
    }
    return null;
  }

  // "Open in explorer": the explorer focused on the first node of the last result.
  function openInExplorer() {
    var id = lastResult && firstNodeId(lastResult.data);
    window.open(id ? EXPLORER + '?focus=' + encodeURIComponent(id) : EXPLORER, '_blank', 'noopener');
  }

  function graphIcon(React) {
    var line = function (x1, y1, x2, y2) { return React.createElement('line', { x1: x1, y1: y1, x2: x2, y2: y2, stroke: 'currentColor', strokeWidth: 1.5 }); };
    var dot = function (cx, cy) { return React.createElement('circle', { cx: cx, cy: cy, r: 2.6, fill: 'currentColor' }); };
    return React.createElement('svg', { viewBox: '0 0 20 20', width: 20, height: 20, 'aria-hidden': 'true' },
      line(5, 15, 10, 5), line(10, 5, 15, 14), line(5, 15, 15, 14), dot(5, 15), dot(10, 5), dot(15, 14));
  }

  function hash(text) {
    var h = 5381;
    for (var i = 0; i < text.length; i++) h = ((h * 33) ^ text.charCodeAt(i)) >>> 0;
    return h.toString(16);
  }

  // GraphiQL keeps the user's tabs in localStorage and then ignores defaultTabs. When
  // examples.js changes, drop the stored tabs once so the new examples appear.
  function refreshStoredTabsWhenExamplesChange() {
    try {
      var version = hash(JSON.stringify(examples));
      if (window.localStorage.getItem(EXAMPLES_KEY) !== version) {
        window.localStorage.removeItem('graphiql:tabState');
        window.localStorage.removeItem('graphiql:query');
        window.localStorage.removeItem('graphiql:variables');
        window.localStorage.setItem(EXAMPLES_KEY, version);
      }
    } catch (e) {
      // localStorage unavailable (privacy mode): GraphiQL falls back to defaultTabs anyway.
    }
  }

  function start() {
    if (!assetsLoaded()) {
      showMissingAssets();
      return;
    }
    refreshStoredTabsWhenExamplesChange();

    var tabs = examples.map(function (example) {
      return { query: example.query, variables: example.variables || undefined };
    });
    var props = {
      fetcher: fetcher,
      defaultEditorToolsVisibility: true,
      defaultQuery: '# Write a query here; Ctrl-Enter runs it. The Docs pane lists the schema.\n' +
        '{\n  relationTypes { type phrase }\n}\n'
    };
    if (tabs.length > 0) props.defaultTabs = tabs;

    var React = window.React;
    props.toolbar = {
      additionalContent: React.createElement('button', {
        type: 'button',
        className: 'graphiql-un-styled graphiql-toolbar-button',
        id: 'open-in-explorer',
        title: 'Open in the explorer: the graph around the first node id of the last result',
        'aria-label': 'Open in the explorer',
        onClick: openInExplorer
      }, graphIcon(React))
    };
    var logo = React.createElement(window.GraphiQL.Logo, null,
      React.createElement('span', { className: 'playground-logo' }, 'GeoGraph ',
        React.createElement('a', { href: EXPLORER, id: 'explorer-link' }, 'Explorer')));

    var root = document.getElementById('graphiql');
    root.textContent = '';
    window.ReactDOM.createRoot(root).render(React.createElement(window.GraphiQL, props, logo));
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
