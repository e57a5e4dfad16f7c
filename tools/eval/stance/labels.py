#!/usr/bin/env python3
"""Checks the hand-labelled stance statements and draws items for a second annotator.

The label files (stance-<source>.tsv, next to this script) hold document ids, code-point offsets, actor ids, labels,
splits and short comments; the texts stay in ../shared/data (relative to the project root). PROTOCOL.md describes
the sources, the selection, the split and the labelling rules.

Usage:
  python3 tools/eval/stance/labels.py check [--data DIR]
      Verifies every file: columns; labels and splits (the split is recomputed from the document id); that every
      offset lies inside its document and on word boundaries; that targets lie inside their sentence and sources
      inside it or earlier in the same document; that actor ids exist in the registry or are other:<name>; that a
      sentence without statements has no statement rows and one row per position holder. Prints counts per source, kind of text, label and split.
  python3 tools/eval/stance/labels.py second-pass [--data DIR] [--output FILE]
      Writes second-pass-items.tsv: statements drawn by a fixed rule, stratified by source and split, with
      document, sentence, source and target ids and offsets and no labels, for a second annotator, who fills the
      empty label_second column (negative, neutral or positive) by PROTOCOL.md without seeing the label files.

  python3 tools/eval/stance/labels.py agreement --second FILE [--data DIR]
      Compares a filled copy of second-pass-items.tsv (label_second set on every row) with the labels here:
      raw agreement and Cohen's kappa over negative/neutral/positive, overall and per kind of text.

Exit codes: 0 success, 1 a check failed, 2 the data folder is missing (skipped with a message).
Standard library only.
"""
import argparse
import csv
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
REGISTRY = ROOT / "src" / "main" / "resources" / "registry" / "actors.jsonl"
DEFAULT_DATA = ROOT.parent / "shared" / "data"

# source name -> (file under the data folder, field, kind of text)
SOURCES = {
    "seed": ("seed-liveblog/guardian-2023-04-06-excerpt.txt", "line", "cased"),
    "headlines": ("headlines-fwd-news-2022/headlines.jsonl", "title", "cased"),
    "guardian": ("liveblogs-guardian-ukp/entries_russia_ukraine_subset.jsonl", "text", "lower-cased"),
    "bbc": ("liveblogs-bbc-ukp/entries_russia_ukraine_subset.jsonl", "text", "lower-cased"),
}
COLUMNS = ["doc", "sent_start", "sent_end", "source", "source_for", "source_start", "source_end", "target",
           "target_start", "target_end", "label", "split", "comment"]
LABELS = {"negative", "neutral", "positive"}
SECOND_PASS_QUOTA = {  # (source, split) -> items for the second annotator
    ("seed", "train"): 6, ("seed", "test"): 4,
    ("headlines", "train"): 20, ("headlines", "test"): 16,
    ("guardian", "train"): 20, ("guardian", "test"): 16,
    ("bbc", "train"): 20, ("bbc", "test"): 16,
}


class LabelError(Exception):
    pass


def split_of(source, doc):
    """The held-out rule fixed before labelling: about 30% of documents, by a hash of source and document id."""
    return "test" if int(hashlib.sha256(f"{source}|{doc}".encode("utf-8")).hexdigest()[:8], 16) % 10 < 3 else "train"


def load_documents(data, source):
    rel, field, _ = SOURCES[source]
    path = data / rel
    if not path.is_file():
        raise LabelError(f"{path}: missing (needed for source {source})")
    docs = {}
    if source == "seed":
        for i, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
            docs[str(i)] = line
        return docs
    with path.open(encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise LabelError(f"{path}:{i}: invalid JSON ({e})")
            if source == "headlines":
                docs[str(i)] = row.get(field) or ""
            else:
                if row.get("block_id"):
                    docs[row["block_id"]] = row.get(field) or ""
    return docs


def load_registry():
    if not REGISTRY.is_file():
        raise LabelError(f"{REGISTRY}: missing")
    ids = set()
    with REGISTRY.open(encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    ids.add(json.loads(line)["actor_id"])
                except (json.JSONDecodeError, KeyError) as e:
                    raise LabelError(f"{REGISTRY}:{i}: no actor_id ({e})")
    return ids


def read_rows(source):
    path = HERE / f"stance-{source}.tsv"
    if not path.is_file():
        raise LabelError(f"{path}: missing")
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header != COLUMNS:
            raise LabelError(f"{path}:1: header must be {' '.join(COLUMNS)}")
        rows = []
        for n, fields in enumerate(reader, 2):
            if len(fields) != len(COLUMNS):
                raise LabelError(f"{path}:{n}: {len(fields)} fields, expected {len(COLUMNS)}")
            rows.append((n, dict(zip(COLUMNS, fields))))
    return path, rows


def on_boundaries(text, start, end):
    return ((start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
            and not text[start].isspace() and not text[end - 1].isspace())


def offsets(path, n, row, start_field, end_field, optional):
    a, b = row[start_field], row[end_field]
    if a == "" and b == "" and optional:
        return None
    try:
        a, b = int(a), int(b)
    except ValueError:
        raise LabelError(f"{path}:{n}: field {start_field}/{end_field}: not integers ({a!r}, {b!r})")
    if not 0 <= a < b:
        raise LabelError(f"{path}:{n}: field {start_field}/{end_field}: empty or negative span {a}..{b}")
    return a, b


def check_id(path, n, field, value, registry, allow):
    if value in allow or value.startswith("other:") and len(value) > 6:
        return
    if value not in registry:
        raise LabelError(f"{path}:{n}: field {field}: {value!r} is neither a registry id nor other:<name>")


def check_source(data, source, registry):
    """Checks one file; returns its rows as dicts with parsed offsets."""
    docs = load_documents(data, source)
    path, rows = read_rows(source)
    checked = []
    by_sentence = {}
    for n, row in rows:
        doc = row["doc"]
        if doc not in docs:
            raise LabelError(f"{path}:{n}: field doc: {doc!r} is not a document of {SOURCES[source][0]}")
        text = docs[doc]
        spans = {}
        for name, optional in (("sent", False), ("source", True), ("target", True)):
            span = offsets(path, n, row, f"{name}_start", f"{name}_end", optional)
            if span is not None:
                if span[1] > len(text):
                    raise LabelError(f"{path}:{n}: field {name}_end: {span[1]} is past the end of document {doc} "
                                     f"({len(text)} code points)")
                if not on_boundaries(text, *span):
                    raise LabelError(f"{path}:{n}: field {name}_start/{name}_end: {span[0]}..{span[1]} is not on "
                                     f"word boundaries in document {doc}")
            spans[name] = span
        s0, s1 = spans["sent"]
        label, split = row["label"], row["split"]
        if split not in ("train", "test"):
            raise LabelError(f"{path}:{n}: field split: {split!r} is not train or test")
        if split != split_of(source, doc):
            raise LabelError(f"{path}:{n}: field split: document {doc} belongs to {split_of(source, doc)}")
        check_id(path, n, "source", row["source"], registry, {"none"})
        check_id(path, n, "target", row["target"], registry, {"none"})
        if row["source_for"]:
            check_id(path, n, "source_for", row["source_for"], registry, set())
        if label == "none":
            if row["target"] != "none" or spans["target"] is not None:
                raise LabelError(f"{path}:{n}: field target: a row without statement has target none and no span")
        elif label in LABELS:
            if row["source"] == "none" or row["target"] == "none":
                raise LabelError(f"{path}:{n}: field label: a statement needs a source and a target")
            if spans["target"] is None:
                raise LabelError(f"{path}:{n}: field target_start: a statement's target needs its span")
            if row["source"] == row["target"]:
                raise LabelError(f"{path}:{n}: field target: source and target are the same actor")
        else:
            raise LabelError(f"{path}:{n}: field label: {label!r} is not one of negative, neutral, positive, none")
        if row["source"] == "none" and (spans["source"] is not None or row["source_for"]):
            raise LabelError(f"{path}:{n}: field source: source none has no span and no source_for")
        if spans["target"] is not None and not (s0 <= spans["target"][0] and spans["target"][1] <= s1):
            raise LabelError(f"{path}:{n}: field target_start: the target span lies outside its sentence")
        if spans["source"] is not None and spans["source"][1] > s1:
            raise LabelError(f"{path}:{n}: field source_end: the source span lies after its sentence")
        if not row["comment"] == row["comment"].strip():
            raise LabelError(f"{path}:{n}: field comment: leading or trailing blanks")
        key = (doc, s0, s1)
        by_sentence.setdefault(key, []).append((n, row))
        checked.append({"source_name": source, "line": n, **row, "sent": (s0, s1), "source_span": spans["source"],
                        "target_span": spans["target"]})
    for key, group in by_sentence.items():
        labels = [r["label"] for _, r in group]
        if "none" in labels and any(lab != "none" for lab in labels):
            raise LabelError(f"{path}:{group[0][0]}: sentence {key} mixes rows without statement and statements")
        if labels.count("none") != len({r["source"] for _, r in group if r["label"] == "none"}):
            raise LabelError(f"{path}:{group[0][0]}: sentence {key} repeats a source in rows without statement")
        pairs = Counter((r["source"], r["target"]) for _, r in group if r["label"] != "none")
        for pair, count in pairs.items():
            if count > 1:
                raise LabelError(f"{path}:{group[0][0]}: sentence {key} has {count} rows for {pair[0]} -> {pair[1]}")
    return checked


def check_all(data):
    registry = load_registry()
    rows = []
    for source in SOURCES:
        rows.extend(check_source(data, source, registry))
    return rows


def counts(rows):
    statements = [r for r in rows if r["label"] != "none"]
    out = [f"rows {len(rows)}: statements {len(statements)}, sentences without statement "
           f"{sum(1 for r in rows if r['label'] == 'none')}"]
    sentences = {(r["source_name"], r["doc"], r["sent"]) for r in rows}
    out.append(f"sentences labelled {len(sentences)}, documents "
               f"{len({(r['source_name'], r['doc']) for r in rows})}")
    out.append("statements per source, label and split:")
    out.append(f"  {'source':10} {'kind':12} {'negative':>9} {'neutral':>8} {'positive':>9} {'train':>6} {'test':>5} "
               f"{'all':>5}")
    for name, kind in [(s, SOURCES[s][2]) for s in SOURCES] + [("cased", "cased"), ("lower-cased", "lower-cased"),
                                                               ("all", "")]:
        if name in SOURCES:
            sel = [r for r in statements if r["source_name"] == name]
        elif name == "all":
            sel = statements
        else:
            sel = [r for r in statements if SOURCES[r["source_name"]][2] == name]
        c = Counter(r["label"] for r in sel)
        s = Counter(r["split"] for r in sel)
        out.append(f"  {name:10} {kind:12} {c['negative']:9} {c['neutral']:8} {c['positive']:9} {s['train']:6} "
                   f"{s['test']:5} {len(sel):5}")
    c = Counter((r["split"], r["label"]) for r in statements)
    out.append("statements per split and label: " + ", ".join(
        f"{sp}/{lab} {c[(sp, lab)]}" for sp in ("train", "test") for lab in ("negative", "neutral", "positive")))
    out.append(f"sources named outside their sentence or not named: "
               f"{sum(1 for r in statements if r['source_span'] is None or r['source_span'][0] < r['sent'][0])}; "
               f"other: ids used {len({x for r in rows for x in (r['source'], r['target']) if x.startswith('other:')})}")
    return "\n".join(out)


def second_pass(rows, output):
    """Draws statements per (source, split) by a fixed order (a hash of their ids and offsets), without labels."""
    statements = [r for r in rows if r["label"] != "none"]
    chosen = []
    for (source, split), quota in SECOND_PASS_QUOTA.items():
        pool = [r for r in statements if r["source_name"] == source and r["split"] == split]
        pool.sort(key=lambda r: hashlib.sha256(
            f"{source}|{r['doc']}|{r['sent'][0]}|{r['source']}|{r['target']}".encode("utf-8")).hexdigest())
        if len(pool) < quota:
            raise LabelError(f"second pass: {source}/{split} has {len(pool)} statements, fewer than {quota}")
        chosen.extend(pool[:quota])
    chosen.sort(key=lambda r: (list(SOURCES).index(r["source_name"]), r["line"]))
    with output.open("w", encoding="utf-8", newline="") as f:
        f.write("\t".join(["item", "source_file", "doc", "split", "sent_start", "sent_end", "source", "source_for",
                           "source_start", "source_end", "target", "target_start", "target_end", "label_second"]) + "\n")
        for i, r in enumerate(chosen, 1):
            src = r["source_span"] or ("", "")
            f.write("\t".join(str(x) for x in [
                f"sp{i:03d}", r["source_name"], r["doc"], r["split"], r["sent"][0], r["sent"][1], r["source"],
                r["source_for"], src[0], src[1], r["target"], r["target_span"][0], r["target_span"][1], ""]) + "\n")
    return chosen


def agreement(rows, second):
    """Cohen's kappa between the label files and a second annotator's filled copy of second-pass-items.tsv."""
    index = {(r["source_name"], r["doc"], r["sent"][0], r["source"], r["target"]): r
             for r in rows if r["label"] != "none"}
    pairs = []
    with second.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        for n, item in enumerate(reader, 2):
            lab = (item.get("label_second") or "").strip()
            if lab not in LABELS and lab != "none":
                raise LabelError(f"{second}:{n}: field label_second: {lab!r} is not negative, neutral, positive or"
                                 " none (no statement)")
            key = (item["source_file"], item["doc"], int(item["sent_start"]), item["source"], item["target"])
            if key not in index:
                raise LabelError(f"{second}:{n}: item {item['item']} matches no statement of the label files")
            pairs.append((SOURCES[key[0]][2], index[key]["label"], lab))
    out = []
    # A second annotator may judge that an item is no statement at all ("none"): a fourth category in the first
    # figures, and left out of the second ones (both annotators found a statement).
    both = [p for p in pairs if p[2] != "none"]
    for scope, chosen, categories in (("every item, none a category", pairs, LABELS | {"none"}),
                                      ("items both call a statement", both, LABELS)):
        for name, sel in [("all", chosen)] + [(k, [p for p in chosen if p[0] == k]) for k in ("cased", "lower-cased")]:
            n = len(sel)
            if not n:
                continue
            observed = sum(1 for _, a, b in sel if a == b) / n
            first, other = Counter(a for _, a, _ in sel), Counter(b for _, _, b in sel)
            expected = sum(first[k] * other[k] for k in categories) / (n * n)
            kappa = (observed - expected) / (1 - expected) if expected < 1 else 1.0
            out.append(f"{scope}, {name}: {n} items, raw agreement {observed:.3f}, Cohen's kappa {kappa:.3f}")
    confusion = Counter((a, b) for _, a, b in pairs)
    columns = ("negative", "neutral", "positive", "none")
    out.append("first \\ second: " + "; ".join(
        f"{a}: " + " ".join(f"{confusion[(a, b)]}" for b in columns)
        for a in ("negative", "neutral", "positive")) + " (columns " + " ".join(columns) + ")")
    return "\n".join(out)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("command", choices=["check", "second-pass", "agreement"])
    p.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder (default ../shared/data)")
    p.add_argument("--output", type=Path, default=HERE / "second-pass-items.tsv")
    p.add_argument("--second", type=Path, help="agreement: the second annotator's filled copy of the items")
    args = p.parse_args(argv)
    if not args.data.is_dir():
        print(f"skipped: the data folder {args.data} is absent; the label files need the texts to be checked",
              file=sys.stderr)
        return 2
    try:
        rows = check_all(args.data)
        if args.command == "check":
            print("all label files pass the checks")
            print(counts(rows))
        elif args.command == "agreement":
            if args.second is None or not args.second.is_file():
                raise LabelError(f"agreement needs --second FILE (the filled items), got {args.second}")
            print(agreement(rows, args.second))
        else:
            chosen = second_pass(rows, args.output)
            c = Counter((r["source_name"], r["split"]) for r in chosen)
            print(f"wrote {len(chosen)} items to {args.output}: " +
                  ", ".join(f"{s}/{sp} {c[(s, sp)]}" for s, sp in SECOND_PASS_QUOTA))
    except LabelError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
