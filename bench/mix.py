#!/usr/bin/env python3
"""bench/run.sh's helper: builds the query mix's request files from a running API, checks the
plain endpoint against GraphQL byte for byte, and writes bench/results.md from the measurements."""
import json
import os
import random
import sys
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
HUBS = ["country:US", "country:CN", "country:RU", "country:IN", "country:PK", "country:UA", "country:IL", "country:IR",
        "country:DE", "country:FR", "country:GB", "country:JP", "country:TR", "country:SA", "country:BR", "country:KR"]

ENTITY_RELATIONS = open(os.path.join(HERE, "queries", "entity-relations.graphql")).read()
QUERIES = {
    "relations-filtered": "query($type: String!, $id: ID!, $day: Date!) { relations(where: {type: $type, involves: $id, validAt: $day}, first: 50) "
                          "{ edges { node { id type subject { id name } object { id name } validFrom validTo confidence } } } }",
    "neighborhood-hub": "query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { nodes { id kind name } relations { id type subject { id } object { id } } } }",
    "shortest-path": "query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxHops: 4) { length nodes { id name } relations { id type } } }",
    "entity-search": "query($s: String!) { entities(search: $s, first: 20) { edges { node { id kind name } } } }",
}
# The mix, in the order it runs and is reported; "-plain" is the bench-only endpoint.
MIX = ["entity-relations", "entity-relations-plain", "relations-filtered", "neighborhood-hub", "shortest-path", "entity-search"]


def post(url, query, variables=None):
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    req = urllib.request.Request(url, body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return r.read()


def get(url):
    with urllib.request.urlopen(url, timeout=60) as r:
        return r.read()


def body(query, variables):
    return json.dumps({"query": query, "variables": variables}, separators=(",", ":"))


def requests(graphql, plain, out, seed):
    """Request files for every query of the mix, drawn with a fixed seed from the served graph."""
    rng = random.Random(int(seed))
    pool = []
    for kind, first in [("PERSON", 500), ("ORGANIZATION", 500), ("EVENT", 300), ("COMMODITY", 200), ("COUNTRY", 300)]:
        answer = json.loads(post(graphql, "query($k: NodeKind, $n: Int) { entities(kind: $k, first: $n) { edges { node { id name } } } }", {"k": kind, "n": first}))
        pool += [e["node"] for e in answer["data"]["entities"]["edges"]]
    types = [t["type"] for t in json.loads(post(graphql, "{ relationTypes { type } }"))["data"]["relationTypes"]]
    speakers = [n["id"] for n in pool if n["id"].split(":")[0] in ("person", "org")]
    ids = HUBS + rng.sample(speakers, min(84, len(speakers)))
    write(out, "entity-relations", [body(ENTITY_RELATIONS, {"id": i}) for i in ids])
    write(out, "entity-relations-plain", ["GET /entity-relations?id=" + urllib.parse.quote(i, safe=":") for i in ids])
    write(out, "relations-filtered", [body(QUERIES["relations-filtered"], {
        "type": rng.choice(types), "id": rng.choice(HUBS), "day": f"{rng.randint(2015, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"})
        for _ in range(200)])
    write(out, "neighborhood-hub", [body(QUERIES["neighborhood-hub"], {"id": h}) for h in HUBS])
    write(out, "shortest-path", [body(QUERIES["shortest-path"], {"from": a["id"], "to": b["id"]})
                                 for a, b in (rng.sample(pool, 2) for _ in range(200))])
    searches = []
    for n in rng.sample(pool, min(100, len(pool))):
        name = n["name"]
        length = rng.randint(3, min(6, len(name)))
        start = rng.randint(0, len(name) - length)
        searches.append(body(QUERIES["entity-search"], {"s": name[start:start + length]}))
    write(out, "entity-search", searches)
    # Byte-identity of the plain endpoint: every id of the mix, both ways.
    different = [i for i in ids if post(graphql, ENTITY_RELATIONS, {"id": i}) != get(plain + "/entity-relations?id=" + urllib.parse.quote(i, safe=":"))]
    if different:
        print(f"plain endpoint differs from GraphQL for {len(different)} of {len(ids)} ids, e.g. {different[0]}", file=sys.stderr)
        sys.exit(1)
    size = len(post(graphql, ENTITY_RELATIONS, {"id": "country:CN"}))
    print(f"identical: the plain endpoint's answers equal GraphQL's byte for byte for all {len(ids)} ids (country:CN: {size:,} bytes)")


def write(out, name, lines):
    with open(os.path.join(out, name + ".txt"), "w") as f:
        f.write("\n".join(lines) + "\n")


def report(tsv, out, header_file):
    rows, meta = {}, {}
    for line in open(tsv):
        parts = line.rstrip("\n").split("\t")
        if parts[0] == "meta":
            meta.setdefault(int(parts[1]), {})[parts[2]] = parts[3]
        else:
            scale, name, requests_, seconds, p50, p95, p99, errors, busy_p99, cpu_ms, answer_bytes = parts
            rows.setdefault(int(scale), {})[name] = dict(rps=int(requests_) / float(seconds), p50=int(p50) / 1000, p95=int(p95) / 1000,
                                                        p99=int(p99) / 1000, errors=int(errors), requests=int(requests_),
                                                        busy_p99=int(busy_p99) / 1000, cpu=float(cpu_ms), kb=int(answer_bytes) / 1000)
    lines = [open(header_file).read().rstrip("\n"), ""]
    for scale in sorted(rows):
        m = meta.get(scale, {})
        lines += [f"### S = {scale}", "",
                  f"{int(m.get('relations', 0)):,} relations, {int(m.get('citations', 0)):,} citations, {int(m.get('articles', 0)):,} articles, "
                  f"{int(m.get('nodes', 0)):,} nodes. Import: {float(m.get('import_s', 0)):.1f} s, "
                  f"**{int(m.get('relations', 0)) / max(float(m.get('import_s', 1)), 1e-9):,.0f} relations/s** "
                  f"(CPU {float(m.get('import_cpu_s', 0)):.1f} s). Database: {int(m.get('db_bytes', 0)) / 1e6:,.0f} MB. "
                  f"Server peak RSS under load: {int(m.get('peak_rss_kb', 0)) / 1024:,.0f} MB. {m.get('identity', '')}", "",
                  "| query | requests/s | server CPU ms/request | p99 ms under that load | p50 ms, one connection | p95 ms | p99 ms | errors | KB/answer |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for name in MIX:
            if name in rows[scale]:
                r = rows[scale][name]
                lines.append(f"| {name} | {r['rps']:,.0f} | {r['cpu']:.2f} | {r['busy_p99']:.2f} | {r['p50']:.2f} | {r['p95']:.2f} | {r['p99']:.2f} | {r['errors']} | {r['kb']:.1f} |")
        g, p = rows[scale].get("entity-relations"), rows[scale].get("entity-relations-plain")
        if g and p:
            lines += ["", f"GraphQL ÷ plain (entity + 20 relations, same run): **{g['rps'] / p['rps']:.2f}** by throughput, "
                          f"**{p['cpu'] / g['cpu']:.2f}** by server CPU per request"]
        lines.append("")
    big, small = max(rows), min(rows)
    r, m = rows[big], meta.get(big, {})

    def check(ok):
        return "met" if ok else "**missed**"

    def val(name, key):
        return r.get(name, {}).get(key, float("nan"))
    imp = int(m.get("relations", 0)) / max(float(m.get("import_s", 1)), 1e-9)
    ratio = val("entity-relations", "rps") / val("entity-relations-plain", "rps")
    cpu_ratio = val("entity-relations-plain", "cpu") / val("entity-relations", "cpu")
    targets = [
        ("`geograph import` of the bundles", "≥ 50,000 relations/s", f"{imp:,.0f} relations/s", imp >= 50_000),
        ("`entity` + 20 cited relations over HTTP", "≥ 5,000 req/s; p99 ≤ 5 ms",
         f"{val('entity-relations', 'rps'):,.0f} req/s; p99 {val('entity-relations', 'p99'):.1f} ms one connection ({val('entity-relations', 'busy_p99'):.1f} ms under load)",
         val("entity-relations", "rps") >= 5000 and val("entity-relations", "p99") <= 5),
        ("the same, GraphQL ÷ plain endpoint", "≥ 0.5", f"{ratio:.2f} by throughput, {cpu_ratio:.2f} by CPU per request", ratio >= 0.5),
        ("`relations(where: {type, involves, validAt}, first: 50)`", "p99 ≤ 10 ms", f"{val('relations-filtered', 'p99'):.1f} ms one connection ({val('relations-filtered', 'busy_p99'):.1f} ms under load)", val("relations-filtered", "p99") <= 10),
        ("`neighborhood(depth: 2, limit: 200)` of a hub", "p99 ≤ 30 ms", f"{val('neighborhood-hub', 'p99'):.1f} ms one connection ({val('neighborhood-hub', 'busy_p99'):.1f} ms under load)", val("neighborhood-hub", "p99") <= 30),
        ("`shortestPath(maxHops: 4)` between random entities", "p99 ≤ 50 ms", f"{val('shortest-path', 'p99'):.1f} ms one connection ({val('shortest-path', 'busy_p99'):.1f} ms under load)", val("shortest-path", "p99") <= 50),
        ("`entities(search:)` substring", "p99 ≤ 5 ms", f"{val('entity-search', 'p99'):.1f} ms one connection ({val('entity-search', 'busy_p99'):.1f} ms under load)", val("entity-search", "p99") <= 5),
    ]
    if big != small:
        for name, label in [("entity-relations", "`entity`"), ("relations-filtered", "`relations`")]:
            b, s = rows[big].get(name, {}), rows[small].get(name, {})
            q = b.get("p50", float("nan")) / s.get("p50", float("nan"))
            # The answers' sizes beside the ratio: a filter that matches more at a larger scale returns more.
            sizes = f" (answers {s.get('kb', float('nan')):.1f} KB at S={small}, {b.get('kb', float('nan')):.1f} KB at S={big})"
            targets.append((f"p50 at S={big} ÷ p50 at S={small}, {label}", "≤ 1.5", f"{q:.2f}{sizes}", q <= 1.5))
    rss = int(m.get("peak_rss_kb", 0)) / 1024
    targets.append(("server peak RSS under load", "≤ 400 MB", f"{rss:,.0f} MB", rss <= 400))
    lines += [f"### Targets (S = {big})", "", "| measure | target | measured | |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {check(d)} |" for a, b, c, d in targets]
    # The run replaces only its own section of the results, so the notes around it stay.
    section = BEGIN + "\n" + "\n".join(lines) + "\n" + END
    text = open(out).read() if os.path.exists(out) else ""
    if BEGIN in text and END in text:
        text = text[:text.index(BEGIN)] + section + text[text.index(END) + len(END):]
    else:
        text = section + "\n"
    with open(out, "w") as f:
        f.write(text)


BEGIN, END = "<!-- bench/run.sh writes from here -->", "<!-- to here -->"

if __name__ == "__main__":
    {"requests": requests, "report": report}[sys.argv[1]](*sys.argv[2:])
