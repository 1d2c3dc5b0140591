// GeoGraph GraphQL playground: GraphiQL 3 (React 18 UMD builds, installed by the build into
// /playground/vendor/) against this API's /graphql endpoint, opening with one tab per example
// in examples.js. No inline scripts, so a CSP of script-src 'self' works.
(function () {
  'use strict';

  var ENDPOINT = '/graphql';
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
    return fetch(ENDPOINT, {
      method: 'POST',
      headers: headers,
      body: JSON.stringify(params),
      credentials: 'same-origin'
    }).then(function (response) {
      return response.text().then(function (text) {
        try {
          return JSON.parse(text);
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

    var root = document.getElementById('graphiql');
    root.textContent = '';
    window.ReactDOM.createRoot(root).render(window.React.createElement(window.GraphiQL, props));
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
