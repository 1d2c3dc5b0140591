// GeoGraph explorer's layout thread: runs fcose over a headless copy of the drawing, so the page
// stays responsive while a large drawing is laid out (fcose computes in one synchronous run, which
// on the page's own thread would freeze clicks, scrolling and rendering for its whole duration).
// explore.js posts { id, nodes: [{ id, width, height, x, y }], edges: [{ id, source, target }],
// options } and gets back { id, positions: { nodeId: { x, y } }, ms } or { id, error }.
// Loaded from the same origin as the page (the page's CSP allows workers from 'self' only).
/* global cytoscape, cytoscapeFcose, layoutBase */
'use strict';

importScripts('vendor/cytoscape.min.js', 'vendor/layout-base.js', 'vendor/cose-base.js', 'vendor/cytoscape-fcose.js');
cytoscape.use(cytoscapeFcose);

// fcose's numIter is a ceiling on the spring embedder's iterations, except that layout-base
// raises it to 5 per node (FDLayout.initSpringEmbedder: max(5n, numIter)), so on 1,000 nodes it
// runs until it converges, ~820 iterations. Here numIter is the ceiling it says it is, so
// explore.js can bound a large drawing's work. On the 1,000-node test drawing, 150 iterations
// (plus ~120 of fcose's regrowing of pruned trees) take half the CPU time of the full run and
// give the same spread and edge lengths, with ~10% more crossings and overlapping node pairs.
// Only this thread's copy of layout-base is changed.
(function () {
  var initSpringEmbedder = layoutBase.FDLayout.prototype.initSpringEmbedder;
  layoutBase.FDLayout.prototype.initSpringEmbedder = function () {
    initSpringEmbedder.call(this);
    this.maxIterations = Math.min(this.maxIterations, layoutBase.FDLayoutConstants.MAX_ITERATIONS);
  };
})();

self.onmessage = function (event) {
  var job = event.data;
  var started = performance.now();
  try {
    var elements = job.nodes.map(function (n) {
      return { group: 'nodes', data: { id: n.id, width: n.width, height: n.height }, position: { x: n.x, y: n.y } };
    }).concat(job.edges.map(function (e) {
      return { group: 'edges', data: { id: e.id, source: e.source, target: e.target } };
    }));
    // Headless, with just enough style for fcose to see each node's drawn size.
    var cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: elements,
      style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)' } }]
    });
    cy.layout(Object.assign({}, job.options, { name: 'fcose', animate: false, fit: false })).run();
    var positions = {};
    cy.nodes().forEach(function (node) {
      var p = node.position();
      positions[node.id()] = { x: p.x, y: p.y };
    });
    cy.destroy();
    self.postMessage({ id: job.id, positions: positions, ms: Math.round(performance.now() - started) });
  } catch (error) {
    self.postMessage({ id: job.id, error: String(error && error.message ? error.message : error) });
  }
};
