#!/usr/bin/env python3
"""Top co-occurring actor and topic pairs of one calendar month (docs/EVALUATION.md, "Topics").

  month_pairs.py WAREHOUSE 2018-03 [--top 10]      the month's tables (markdown)
  month_pairs.py WAREHOUSE all --check              recompute all time and compare with the published 'all' rows

The warehouse has day, week and all-time periods but no months, so the month is recomputed from entry_topics
(method 'taxonomy') and actor_mentions (resolved actors) with the job's statistics (docs/TOPICS.md, "Co-occurrence";
docs/TABLES.md): units are entries (every entry published in the month, with items or without), each unit keeps its
20 strongest items (topics by weight, actors by mentions, ties by id), 2x2 tables per pair that co-occurs at least
once, NPMI, lift, Dunning's G2 with its chi-square (1 df) p-value, Benjamini-Hochberg q within the month's pairs of
each table, low support when the joint count or the smallest expected cell is below 5.
Ranked by NPMI among pairs that are not low-support and have q <= 0.01.
"""
import argparse
import math
from collections import Counter
from itertools import combinations
from pathlib import Path

CAP = 20


def connect(warehouse):
    import duckdb
    con = duckdb.connect()
    con.execute(Path(warehouse, "views.sql").read_text())
    return con


def month_filter(month):
    if month == "all":
        return "TRUE"
    y, m = map(int, month.split("-"))
    nxt = f"{y + (m == 12):04d}-{m % 12 + 1:02d}-01"
    return f"published_date >= DATE '{y:04d}-{m:02d}-01' AND published_date < DATE '{nxt}'"


def units(con, month):
    where = month_filter(month)
    entries = [r[0] for r in con.execute(f"SELECT entry_key FROM entries WHERE {where}").fetchall()]
    topics = con.execute(f"""
        SELECT entry_key, topic_id FROM (
          SELECT entry_key, topic_id, row_number() OVER (PARTITION BY entry_key ORDER BY weight DESC, topic_id) r
          FROM entry_topics WHERE method = 'taxonomy' AND {where}) WHERE r <= {CAP}""").fetchall()
    actors = con.execute(f"""
        SELECT entry_key, actor_id FROM (
          SELECT entry_key, actor_id, row_number() OVER (PARTITION BY entry_key ORDER BY count(*) DESC, actor_id) r
          FROM actor_mentions WHERE actor_id IS NOT NULL AND {where} GROUP BY entry_key, actor_id)
        WHERE r <= {CAP}""").fetchall()
    return entries, topics, actors


def pairs(n, rows):
    items = {}
    for unit, item in rows:
        items.setdefault(unit, set()).add(item)
    single, joint = Counter(), Counter()
    for s in items.values():
        single.update(s)
        joint.update(combinations(sorted(s), 2))
    out = []
    for (a, b), n11 in joint.items():
        na, nb = single[a], single[b]
        cells = [(n11, na * nb / n), (na - n11, na * (n - nb) / n),
                 (nb - n11, (n - na) * nb / n), (n - na - nb + n11, (n - na) * (n - nb) / n)]
        g2 = 2 * sum(o * math.log(o / e) for o, e in cells if o > 0)
        pmi = math.log2(n11 * n / (na * nb))
        npmi = 1.0 if n11 == n else pmi / -math.log2(n11 / n)
        out.append(dict(a=a, b=b, joint=n11, count_a=na, count_b=nb, total=n, npmi=npmi, lift=n11 / cells[0][1],
                        g2=g2, p=math.erfc(math.sqrt(max(g2, 0) / 2)),
                        low=n11 < 5 or min(e for _, e in cells) < 5))
    out.sort(key=lambda r: r["p"])  # Benjamini-Hochberg
    m, q = len(out), 1.0
    for i in range(m - 1, -1, -1):
        q = min(q, out[i]["p"] * m / (i + 1))
        out[i]["q"] = q
    return out


def table(title, rows, top):
    keep = sorted((r for r in rows if not r["low"] and r["q"] <= 0.01), key=lambda r: (-r["npmi"], r["a"], r["b"]))
    print(f"\n{title}: {len(rows)} pairs co-occur, {sum(not r['low'] for r in rows)} not low-support, "
          f"{len(keep)} of those with q <= 0.01\n")
    print("| pair | joint | count a | count b | NPMI | lift | G² | q |\n|---|---|---|---|---|---|---|---|")
    for r in keep[:top]:
        print(f"| {r['a']} – {r['b']} | {r['joint']} | {r['count_a']} | {r['count_b']} | {r['npmi']:.3f} | "
              f"{r['lift']:.2f} | {r['g2']:.1f} | {r['q']:.1e} |")


def check(con, name, rows, sql):
    pub = {(a, b): (j, npmi, g2, q) for a, b, j, npmi, g2, q in con.execute(sql).fetchall()}
    mine = {(r["a"], r["b"]): (r["joint"], r["npmi"], r["g2"], r["q"]) for r in rows}
    worst = max(max(abs(x - y) for x, y in zip(mine[k][1:], pub[k][1:])) for k in pub if k in mine)
    same = set(pub) == set(mine) and all(mine[k][0] == pub[k][0] for k in pub)
    print(f"{name}: {len(mine)} pairs recomputed, {len(pub)} published, same pairs and joint counts: {same}, "
          f"largest difference in NPMI/G²/q: {worst:.2e}")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("warehouse")
    p.add_argument("month", help="YYYY-MM, or all")
    p.add_argument("--top", type=int, default=10)
    p.add_argument("--check", action="store_true")
    a = p.parse_args()
    con = connect(a.warehouse)
    entries, topics, actors = units(con, a.month)
    n = len(entries)
    tp, ap = pairs(n, topics), pairs(n, actors)
    if a.check:
        check(con, "topics", tp, """SELECT topic_a, topic_b, joint_count, npmi, g2, q_value FROM topic_cooccurrence
                 WHERE granularity = 'all' AND method = 'taxonomy' AND unit = 'entry'""")
        check(con, "actors", ap, """SELECT actor_a, actor_b, joint_count, npmi, g2, q_value FROM actor_cooccurrence
                 WHERE granularity = 'all' AND unit = 'entry'""")
        return
    print(f"{a.month}: {n} entries, {len({u for u, _ in topics})} with taxonomy topics, "
          f"{len({u for u, _ in actors})} with resolved actors")
    table("Actor pairs (units: entries)", ap, a.top)
    table("Topic pairs (taxonomy, units: entries)", tp, a.top)


if __name__ == "__main__":
    main()
