#!/usr/bin/env node
// cypher-lint: checks GeoGraph's Cypher with Neo4j's own parser and semantic analysis
// (@neo4j-cypher/language-support) against the graph's schema. README.md says what fails and why.
//
//   node tools/cypher-lint/lint.mjs [file | directory | -]...     (default: the repository's cypher/)

import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  getDebugTree,
  highlightSyntax,
  isNotParamError,
  lintCypherQuery,
  testData,
} from '@neo4j-cypher/language-support';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const SCHEMA_FILE = 'cypher/lint-schema.json';
const VOCABULARY_FILE = 'src/GeoGraph.Core/Vocabulary/relation-types.json';
// GeoGraph targets Neo4j 5.26, which speaks Cypher 5 only.
const CYPHER_VERSION = 'CYPHER 5';

const LABEL = 'Label';
const TYPE = 'Relationship type';
const LABEL_OR_TYPE = 'Label or relationship type';

const USAGE = `usage: node tools/cypher-lint/lint.mjs [file | directory | -]...
Lints Cypher against GeoGraph's schema: each file named, every *.cypher file under each
directory named (default: the repository's cypher/), and standard input for '-'.
Exit status: 0 clean, 1 on any error, 2 on a usage problem.`;

class UsageError extends Error {}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`cypher-lint: ${error.message}`);
  process.exitCode = 2;
}

function main(args) {
  if (args.includes('-h') || args.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const option = args.find((arg) => arg.startsWith('-') && arg !== '-');
  if (option) throw new UsageError(`unknown option ${option}\n${USAGE}`);
  if (args.filter((arg) => arg === '-').length > 1) throw new UsageError('standard input (-) can be read only once');

  const schema = loadSchema();
  const targets = args.length > 0 ? args : [path.relative('.', path.join(repoRoot, 'cypher')) || '.'];
  const totals = { files: 0, statements: 0, errors: 0, warnings: 0 };
  for (const input of collectInputs(targets)) {
    const result = lintFile(input.name, input.read(), schema);
    totals.files++;
    totals.statements += result.statements;
    for (const d of result.diagnostics) {
      console.log(`${input.name}:${d.line}:${d.column}: ${d.severity}: ${d.message}`);
      totals[d.severity === 'error' ? 'errors' : 'warnings']++;
    }
  }
  console.log(
    `cypher-lint: ${totals.files} files, ${totals.statements} statements, ${totals.errors} errors, ${totals.warnings} warnings`,
  );
  return totals.errors > 0 ? 1 : 0;
}

// ---- inputs

function collectInputs(targets) {
  const inputs = [];
  for (const target of targets) {
    if (target === '-') {
      inputs.push({ name: '<stdin>', read: () => readFileSync(0, 'utf8') });
      continue;
    }
    let stats;
    try {
      stats = statSync(target);
    } catch {
      // Not an error: CI lints cypher/ whether or not it holds anything yet.
      console.log(`cypher-lint: ${target} does not exist; nothing to lint there`);
      continue;
    }
    if (stats.isDirectory()) {
      const files = cypherFilesUnder(target);
      if (files.length === 0) console.log(`cypher-lint: no .cypher files in ${target}; nothing to lint there`);
      for (const file of files) inputs.push({ name: file, read: () => readFileSync(file, 'utf8') });
    } else if (stats.isFile()) {
      inputs.push({ name: target, read: () => readFileSync(target, 'utf8') });
    } else {
      throw new UsageError(`${target} is neither a file nor a directory`);
    }
  }
  return inputs;
}

function cypherFilesUnder(directory) {
  const files = [];
  const entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) files.push(...cypherFilesUnder(full));
    } else if (entry.name.endsWith('.cypher')) {
      files.push(full);
    }
  }
  return files;
}

// ---- schema

function loadSchema() {
  const lintSchema = readJson(SCHEMA_FILE);
  const vocabulary = readJson(VOCABULARY_FILE);
  const labels = stringList(lintSchema, 'labels', SCHEMA_FILE);
  const propertyKeys = stringList(lintSchema, 'propertyKeys', SCHEMA_FILE);
  const propertyKeyPrefixes = stringList(lintSchema, 'propertyKeyPrefixes', SCHEMA_FILE);
  const relationshipTypes = [
    ...(Array.isArray(vocabulary.types) ? vocabulary.types : []).map((t) => t?.type),
    ...stringList(lintSchema, 'extraRelationshipTypes', SCHEMA_FILE),
    ...stringList(lintSchema, 'placeholderRelationshipTypes', SCHEMA_FILE),
  ];
  if (relationshipTypes.some((t) => typeof t !== 'string')) {
    throw new UsageError(`${VOCABULARY_FILE}: every entry of "types" needs a string "type"`);
  }

  // Function and procedure signatures: the built-ins of the Neo4j catalogue the package ships.
  // APOC, GDS and CDC are left out: GeoGraph's Neo4j (the plain neo4j:5.26 image) has none of them.
  const catalogue = testData.mockSchema;
  const dbSchema = {
    labels,
    relationshipTypes,
    // propertyKeys are left out on purpose: the package checks properties only in read clauses and
    // blames `row.x` inside `(n {id: row.x})` on n, so schemaDiagnostics below checks them instead.
    defaultLanguage: CYPHER_VERSION,
    functions: { [CYPHER_VERSION]: pick(catalogue.functions[CYPHER_VERSION], (f) => f.isBuiltIn) },
    procedures: { [CYPHER_VERSION]: pick(catalogue.procedures[CYPHER_VERSION], (p) => /^(db|dbms|tx)\./.test(p.name)) },
  };
  return {
    dbSchema,
    labels: new Set(labels),
    relationshipTypes: new Set(relationshipTypes),
    propertyKeys: new Set(propertyKeys),
    // A key of one of these families: the prefix, then a lowerCamelCase name (q_rate for the qualifier rate).
    isDerivedKey: (key) => propertyKeyPrefixes.some((p) => key.startsWith(p) && /^[a-z][A-Za-z0-9]*$/.test(key.slice(p.length))),
  };
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read the schema from ${file}: ${error.message}`);
  }
}

function stringList(object, key, file) {
  const list = object[key];
  if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) {
    throw new UsageError(`${file}: "${key}" must be a list of strings`);
  }
  return list;
}

function pick(registry, keep) {
  return Object.fromEntries(Object.entries(registry).filter(([, value]) => keep(value)));
}

// ---- linting

// Fragments are not statements: a relation predicate (cypher/predicates/relation) is a boolean
// expression over r, s and o, a sort key (cypher/sort-keys/relation) an expression over r. Each is
// checked inside the statement shape the store composes it into, on its own line, so the reported
// line numbers are the file's own (one wrapper line comes first, then taken off again).
// (A function, not a const: main() runs before the module's constants are initialised.)
function fragmentWrappers() {
  return [
    { dir: `predicates${path.sep}relation${path.sep}`, before: 'MATCH (s:Node)-[r]->(o:Node) WHERE (\n', after: '\n) RETURN r' },
    { dir: `sort-keys${path.sep}relation${path.sep}`, before: 'MATCH (s:Node)-[r]->(o:Node) RETURN (\n', after: '\n) AS key' },
  ];
}

function lintFile(name, text, schema) {
  const wrapper = fragmentWrappers().find((w) => name.includes(w.dir));
  if (!wrapper) return lintText(text, schema);
  const result = lintText(wrapper.before + text + wrapper.after, schema);
  return { ...result, diagnostics: result.diagnostics.map((d) => ({ ...d, line: Math.max(1, d.line - 1) })) };
}

function lintText(text, schema) {
  // Comments become spaces (newlines kept, so positions stand): Neo4j's lexer ignores them anyway,
  // and a comment after a file's last ';' would otherwise count as an empty, invalid statement.
  const code = blankComments(text);
  const { diagnostics, symbolTables } = lintCypherQuery(code, schema.dbSchema, { consoleCommandsEnabled: false });
  const tree = getDebugTree(code);

  const notInDatabase = (d) => d.message.includes('is not present in the database');
  const reported = diagnostics.filter(isNotParamError).map((d) => ({
    offset: Math.max(0, d.offsets.start),
    // An editor shows unknown labels and types as warnings; the schema here is complete, so they fail.
    severity: d.severity === 1 || notInDatabase(d) ? 'error' : 'warning',
    message: d.message.replace(/\s*\n\s*/g, ' '),
  }));
  const own = schemaDiagnostics(tree, code, symbolTables, schema);
  let found;
  if (own === null) {
    const unchecked = { offset: 0, severity: 'error', message: 'cypher-lint could not place the parse tree on the text, so the schema was not checked' };
    found = reported.some((d) => d.severity === 'error') ? reported : [...reported, unchecked];
  } else {
    // Where the package also reports an unknown name (it does in read clauses), keep one report.
    const ownOffsets = new Set(own.map((d) => d.offset));
    found = [...reported.filter((d) => !(notInDatabase(d) && ownOffsets.has(d.offset))), ...own];
  }

  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const position = (offset) => {
    let line = lineStarts.length - 1;
    while (lineStarts[line] > offset) line--;
    return { line: line + 1, column: offset - lineStarts[line] + 1 };
  };
  return {
    statements: tree.children.filter((statement) => statement.children.length > 0).length,
    diagnostics: found
      .sort((a, b) => a.offset - b.offset || (a.message < b.message ? -1 : 1))
      .map((d) => ({ ...d, ...position(d.offset) })),
  };
}

function blankComments(text) {
  let code = '';
  let done = 0;
  for (const token of highlightSyntax(text)) {
    if (token.tokenType !== 'comment') continue;
    const start = token.position.startOffset;
    const end = start + token.length;
    code += text.slice(done, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
    done = end;
  }
  return code + text.slice(done);
}

// ---- the schema check

// Labels, relationship types and property keys, in every clause. The package checks names only in
// read clauses (MATCH, WHERE, RETURN), but a misspelt name in CREATE, MERGE, SET or an index is
// where a typo costs most. This walks Neo4j's own parse tree; returns null when the tree cannot be
// placed on the text (it can happen only after a syntax error, which is reported anyway).
function schemaDiagnostics(tree, code, symbolTables, schema) {
  if (!placeTerminals(tree, code)) return null;
  const found = [];
  const report = (node, message) => found.push({ offset: node.offset, severity: 'error', message });

  const checkName = (node, kind) => {
    const name = unescapeName(textOf(node));
    const known =
      kind === LABEL ? schema.labels.has(name)
      : kind === TYPE ? schema.relationshipTypes.has(name)
      : schema.labels.has(name) || schema.relationshipTypes.has(name);
    if (!known) {
      const where = kind === LABEL ? SCHEMA_FILE : `${VOCABULARY_FILE} or ${SCHEMA_FILE}`;
      report(node, `${kind} ${name} is not in the schema (${where})`);
    }
  };
  const checkNames = (nodes, kind) => nodes.filter((n) => n.name === 'symbolicNameString').forEach((n) => checkName(n, kind));
  const checkKey = (node) => {
    const key = unescapeName(textOf(node));
    if (!schema.propertyKeys.has(key) && !schema.isDerivedKey(key)) report(node, `Property key ${key} is not in the schema (${SCHEMA_FILE})`);
  };
  const checkMapKeys = (map) => map.children.filter((n) => n.name === 'propertyKeyName').forEach(checkKey);

  tree.children.forEach((statement, i) => {
    const symbols = symbolTables[i] ?? [];
    // Only keys of nodes and relationships are property keys; `row.subjectId` on an UNWIND row is not.
    // Several symbols can sit at one place: in `RETURN n {.name}` the column n (a map) and the node n.
    const isNodeOrRelationship = (variable) =>
      symbols.some(
        (s) =>
          (s.definitionPosition === variable.offset || s.references.includes(variable.offset)) &&
          s.types.length > 0 &&
          s.types.every((t) => t === 'Node' || t === 'Relationship'),
      );

    visit(statement, (node) => {
      const kids = node.children;
      switch (node.name) {
        case 'labelExpression1': // a plain name; not %, $(…) or a parenthesised expression
          if (kids.length === 1 && kids[0].name === 'symbolicNameString') checkName(kids[0], labelExpressionKind(node));
          break;
        case 'labelType': // SET/REMOVE n:Label, constraint and index patterns
        case 'nodeLabelsIs':
        case 'multiLabelNodePattern':
        case 'insertNodeLabelExpression':
          checkNames(kids, LABEL);
          break;
        case 'relType':
        case 'multiRelTypeRelPattern':
        case 'insertRelationshipLabelExpression':
          checkNames(kids, TYPE);
          break;
        case 'labelOrRelType':
          checkNames(kids, LABEL_OR_TYPE);
          break;
        case 'map': // (n {key: …}) and [r {key: …}]
          if (['properties', 'insertNodePattern', 'insertRelationshipPattern'].includes(node.parent.name)) checkMapKeys(node);
          break;
        case 'property': {
          // `.key`: of a variable (n.key, and n {.key}), or in an index or constraint's property list
          const owner = propertyOwner(node);
          if (owner === 'schema' || (owner && isNodeOrRelationship(owner))) checkKey(kids[1]);
          break;
        }
        case 'setItem': {
          // SET n = {…} and SET n += {…}
          const map = kids[0].name === 'variable' ? literalMap(kids[2]) : undefined;
          if (map && isNodeOrRelationship(kids[0])) checkMapKeys(map);
          break;
        }
        case 'hint': {
          // USING INDEX n:Label(key, …)
          const keys = kids.some((n) => n.name === 'labelOrRelType') ? kids.find((n) => n.name === 'nonEmptyNameList') : undefined;
          keys?.children.filter((n) => n.name === 'symbolicNameString').forEach(checkKey);
          break;
        }
      }
    });
  });
  return found;
}

function labelExpressionKind(node) {
  let expression = node.parent;
  while (expression && expression.name !== 'labelExpression') expression = expression.parent;
  const owner = expression?.parent?.name;
  return owner === 'nodePattern' ? LABEL : owner === 'relationshipPattern' ? TYPE : LABEL_OR_TYPE;
}

// The variable whose property a `.key` reads, 'schema' in an index or constraint, or undefined.
function propertyOwner(property) {
  const parent = property.parent;
  switch (parent.name) {
    case 'propertyList':
    case 'enclosedPropertyList':
      return 'schema';
    case 'mapProjectionElement':
      return parent.parent.children[0];
    case 'postFix': {
      // Only the first postfix of a bare variable: in row.a.b, b is a key of the map row.a.
      const [head, first] = parent.parent.children;
      const variable = head.children.length === 1 ? head.children[0] : undefined;
      return first === parent && variable?.name === 'variable' ? variable : undefined;
    }
    default:
      return undefined;
  }
}

function literalMap(expression) {
  let node = expression;
  while (node && node.name !== 'map' && node.children.length === 1) node = node.children[0];
  return node?.name === 'map' ? node : undefined;
}

// The debug tree has rule names and terminal texts but no positions. Its terminals appear in the
// text in order, apart only by whitespace (comments are blanked) and the ';' between statements.
function placeTerminals(tree, code) {
  let cursor = 0;
  const place = (node, parent) => {
    node.parent = parent;
    if (node.children.length === 0) {
      let at = cursor;
      while (!code.startsWith(node.name, at)) {
        if (at >= code.length || !/[\s;]/.test(code[at])) {
          // End of input, or a rule that matched nothing (an empty statement).
          return node.name === '<EOF>' || /^[a-z]\w*$/.test(node.name);
        }
        at++;
      }
      node.offset = at;
      cursor = at + node.name.length;
      return true;
    }
    for (const child of node.children) if (!place(child, node)) return false;
    node.offset = node.children.find((child) => child.offset !== undefined)?.offset;
    return true;
  };
  return place(tree, null);
}

function visit(node, action) {
  action(node);
  for (const child of node.children) visit(child, action);
}

function textOf(node) {
  return node.children.length === 0 ? node.name : node.children.map(textOf).join('');
}

function unescapeName(name) {
  return name.startsWith('`') && name.endsWith('`') && name.length >= 2 ? name.slice(1, -1).replaceAll('``', '`') : name;
}
