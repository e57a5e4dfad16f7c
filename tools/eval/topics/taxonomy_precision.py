#!/usr/bin/env python3
"""Taxonomy precision on the Guardian Russia-Ukraine subset (docs/EVALUATION.md, "Topics"; rules in PROTOCOL.md).

  sample WAREHOUSE [--seed 20261207] [--size 200]  print the sample as a TSV to judge (entry_id, blog_id, topic_id)
  show WAREHOUSE JUDGEMENTS [--from N]               print each sampled entry's text and evidence (for the judge;
                                                     the text stays in the terminal, never in the repository)
  score JUDGEMENTS [--warehouse WAREHOUSE]           precision overall and per topic; with the warehouse also the
                                                     estimate weighted by each topic's share of the assignments
  kept JUDGEMENTS WAREHOUSE                          after a taxonomy change: which judged assignments the
                                                     warehouse (run with the changed taxonomy) still has, and the
                                                     precision of those (a change that only removes tags needs no
                                                     new judging; assignments it adds are counted, not judged)

Needs duckdb (the warehouse is read through its views.sql). Only ids, topic ids and judgements are written.
"""
import argparse
import csv
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

SEED = 20261207
SIZE = 200
MIN_PER_TOPIC = 2


def connect(warehouse):
    import duckdb
    con = duckdb.connect()
    con.execute(Path(warehouse, "views.sql").read_text())
    return con


def assignments(con):
    """Every (entry_id, blog_id, topic_id) of method 'taxonomy', sorted so the draw does not depend on file order."""
    rows = con.execute("""
        SELECT e.entry_id, e.blog_id, t.topic_id
        FROM entry_topics t JOIN entries e USING (entry_key)
        WHERE t.method = 'taxonomy'
        ORDER BY t.topic_id, e.blog_id, e.entry_id""").fetchall()
    return rows


def allocate(counts, size, minimum):
    """Per-topic sample sizes: every topic gets min(minimum, its count); the rest in proportion to the counts
    (largest remainder, ties by topic id), never more than a topic has."""
    alloc = {t: min(minimum, n) for t, n in counts.items()}
    while sum(alloc.values()) < size and any(alloc[t] < counts[t] for t in counts):
        left = size - sum(alloc.values())
        open_topics = [t for t in counts if alloc[t] < counts[t]]
        total = sum(counts[t] for t in open_topics)
        quota = {t: left * counts[t] / total for t in open_topics}
        added = 0
        for t in open_topics:
            extra = min(int(quota[t]), counts[t] - alloc[t])
            alloc[t] += extra
            added += extra
        if added == 0:  # hand out the remainders one by one, largest first
            for t in sorted(open_topics, key=lambda t: (-(quota[t] - int(quota[t])), t)):
                if sum(alloc.values()) >= size:
                    break
                alloc[t] += 1
    return alloc


def draw(rows, seed, size):
    by_topic = defaultdict(list)
    for r in rows:
        by_topic[r[2]].append(r)
    counts = {t: len(v) for t, v in sorted(by_topic.items())}
    alloc = allocate(counts, size, MIN_PER_TOPIC)
    rng = random.Random(seed)
    sample = []
    for t in sorted(by_topic):
        sample.extend(rng.sample(by_topic[t], alloc[t]))
    return sample, counts, alloc


def cmd_sample(a):
    con = connect(a.warehouse)
    sample, counts, alloc = draw(assignments(con), a.seed, a.size)
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(["entry_id", "blog_id", "topic_id", "judgement", "reason"])
    for r in sample:
        w.writerow([r[0], r[1], r[2], "", ""])
    print(f"{len(sample)} of {sum(counts.values())} assignments, {len(counts)} topics, seed {a.seed}",
          file=sys.stderr)


def read_judgements(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def cmd_show(a):
    con = connect(a.warehouse)
    for i, j in enumerate(read_judgements(a.judgements)):
        if i < a.start or i >= a.start + a.count:
            continue
        row = con.execute("""
            SELECT e.text, t.weight, t.evidence FROM entries e JOIN entry_topics t USING (entry_key)
            WHERE e.entry_id = ? AND e.blog_id = ? AND t.topic_id = ? AND t.method = 'taxonomy'""",
                          [j["entry_id"], j["blog_id"], j["topic_id"]]).fetchone()
        text = row[0] if len(row[0]) <= a.max_chars else row[0][:a.max_chars] + " […]"
        print(f"### {i} {j['topic_id']} weight={row[1]} evidence={list(row[2])} {j['entry_id']}\n{text}\n")


def wilson(k, n, z=1.959964):
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * ((p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5) / (1 + z * z / n)
    return centre - half, centre + half


def cmd_score(a):
    js = read_judgements(a.judgements)
    bad = [j for j in js if j["judgement"] not in ("yes", "no", "partly")]
    if bad:
        sys.exit(f"{len(bad)} rows without a judgement yes/no/partly, first: {bad[0]['entry_id']}")
    per = defaultdict(Counter)
    for j in js:
        per[j["topic_id"]][j["judgement"]] += 1
    tot = Counter()
    for c in per.values():
        tot.update(c)
    n = sum(tot.values())
    print(f"judged {n}: yes {tot['yes']}, partly {tot['partly']}, no {tot['no']}")
    lo, hi = wilson(tot["yes"], n)
    print(f"precision (partly = no) {tot['yes'] / n:.3f} (95% Wilson interval {lo:.3f}-{hi:.3f}); "
          f"counting partly as yes {(tot['yes'] + tot['partly']) / n:.3f}")
    if a.warehouse:
        counts = Counter(r[2] for r in assignments(connect(a.warehouse)))
        total = sum(counts.values())
        est = sum(counts[t] / total * per[t]["yes"] / sum(per[t].values()) for t in per)
        print(f"weighted by each topic's share of the {total} assignments: {est:.3f}")
        con = connect(a.warehouse)
        tags = {(e, b, t): (w, r, h) for e, b, t, w, r, h in con.execute("""
            SELECT e.entry_id, e.blog_id, t.topic_id, t.weight, t.topic_rank, t.hits
            FROM entry_topics t JOIN entries e USING (entry_key) WHERE t.method = 'taxonomy'""").fetchall()}
        for name, test in (("hits = 1", lambda w, r, h: h == 1), ("hits >= 2", lambda w, r, h: h >= 2),
                           ("weight < 2", lambda w, r, h: w < 2), ("weight >= 2", lambda w, r, h: w >= 2),
                           ("topic_rank = 1", lambda w, r, h: r == 1), ("topic_rank > 1", lambda w, r, h: r > 1)):
            sel = [j for j in js if test(*tags[(j["entry_id"], j["blog_id"], j["topic_id"])])]
            k = sum(j["judgement"] == "yes" for j in sel)
            print(f"  {name:15} {k:3}/{len(sel):3} = {k / len(sel):.3f}")
    print("\n| topic | judged | yes | partly | no | precision |\n|---|---|---|---|---|---|")
    for t in sorted(per, key=lambda t: (per[t]["yes"] / sum(per[t].values()), t)):
        c = per[t]
        k = sum(c.values())
        print(f"| `{t}` | {k} | {c['yes']} | {c['partly']} | {c['no']} | {c['yes'] / k:.2f} |")


def cmd_kept(a):
    js = read_judgements(a.judgements)
    tagged = {(e, b, t) for e, b, t in assignments(connect(a.warehouse))}
    kept = [j for j in js if (j["entry_id"], j["blog_id"], j["topic_id"]) in tagged]
    dropped = [j for j in js if (j["entry_id"], j["blog_id"], j["topic_id"]) not in tagged]
    for name, rows in (("kept", kept), ("dropped", dropped)):
        c = Counter(j["judgement"] for j in rows)
        print(f"{name:8} {len(rows):3}: yes {c['yes']}, partly {c['partly']}, no {c['no']}")
    k = sum(j["judgement"] == "yes" for j in kept)
    lo, hi = wilson(k, len(kept))
    print(f"precision of the kept judged assignments {k / len(kept):.3f} (95% Wilson interval {lo:.3f}-{hi:.3f})")
    print(f"assignments in the warehouse: {len(tagged)}")
    print("\n| topic | kept (yes/partly/no) | dropped (yes/partly/no) |\n|---|---|---|")
    for t in sorted({j["topic_id"] for j in dropped}):
        ck = Counter(j["judgement"] for j in kept if j["topic_id"] == t)
        cd = Counter(j["judgement"] for j in dropped if j["topic_id"] == t)
        print(f"| `{t}` | {ck['yes']}/{ck['partly']}/{ck['no']} | {cd['yes']}/{cd['partly']}/{cd['no']} |")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("warehouse")
    s.add_argument("--seed", type=int, default=SEED)
    s.add_argument("--size", type=int, default=SIZE)
    s.set_defaults(f=cmd_sample)
    s = sub.add_parser("show")
    s.add_argument("warehouse")
    s.add_argument("judgements")
    s.add_argument("--from", dest="start", type=int, default=0)
    s.add_argument("--count", type=int, default=10 ** 6)
    s.add_argument("--max-chars", type=int, default=1500)
    s.set_defaults(f=cmd_show)
    s = sub.add_parser("score")
    s.add_argument("judgements")
    s.add_argument("--warehouse")
    s.set_defaults(f=cmd_score)
    s = sub.add_parser("kept")
    s.add_argument("judgements")
    s.add_argument("warehouse")
    s.set_defaults(f=cmd_kept)
    a = p.parse_args()
    a.f(a)


if __name__ == "__main__":
    main()
