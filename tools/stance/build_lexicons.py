#!/usr/bin/env python3
"""Build the shipped stance lexicons (src/main/resources/stance/) from the reference dictionaries.

Usage (from the project root):
    python3 tools/stance/build_lexicons.py [--data ../shared/data] [--out src/main/resources/stance]

Reads
    petrarch2-dictionaries/CAMEO.2.0.txt   (PETRARCH2 CAMEO verb dictionary, MIT)
    cameo-goldstein/CAMEO.goldsteinscale.txt, CAMEO.eventcodes.txt   (GDELT lookup tables)
    vader-lexicon/vader_lexicon.txt         (VADER, MIT)
and writes three tab-separated files that StanceLexicon loads without parsing any of the source grammars:

    cameo-verbs.tsv   phrase, code, base, verb      one line per verb phrase (lower case, words separated by one
                                                    space); base = 1 for the uninflected entry as the dictionary
                                                    writes it, 0 for inflections; verb = the dictionary line's
                                                    primary verb, for people reading the file
    goldstein.tsv     code, weight, description     every CAMEO event code with its Goldstein weight
    vader.tsv         word, valence                 single-token VADER entries, mean valence (-4..+4)

Rules (the README next to the output states them for readers of the data):
  * Only the VERB PATTERNS section of CAMEO.2.0.txt is read (not the noun synsets nor the transformations).
  * A block "--- NAME [CODE] ---" gives its code to every verb line without its own "[CODE]". Lines whose code is
    "---" (no event) are skipped. "[A:B]" keeps A; "[:B]" (no code for the verb's own subject) is skipped.
  * A verb line lists its inflections in {...}: then the phrase and exactly those forms are kept. Otherwise the
    regular forms are generated: -s (-es after s, x, z, ch, sh; -ies after a consonant + y), -ed (-d after e; -ied
    after a consonant + y) and -ing (dropping a final e after a consonant). PETRARCH2 itself adds -es only after
    s/x/z and -ies after any y; the English rule is used here.
  * Multi-word verbs are written with "_" and a "+" on the inflected word ("+SET_UP", "RE_+ARREST"); the output
    joins the words with spaces, except the prefix "RE_", which is written "re-" as news text spells it.
  * A pattern "- * (PREP) [CODE]" (the verb followed by a bare preposition) applies to every verb of its block, as
    in PETRARCH2: "agree" + "(WITH) [030]" gives "agree with", "agrees with", "agreed with", "agreeing with" → 030.
    Other patterns need a parse (noun heads, synsets) and are skipped.
  * When one phrase gets several codes, the first in file order wins (PETRARCH2 keeps the first entry it stores).
  * VADER: entries that are one token of lower-case letters, with inner hyphens or apostrophes ("cover-up"), are
    kept; emoticons and multi-word entries are dropped; a repeated token keeps its first line.

Standard library only; the output is sorted and deterministic. The counts are printed to stderr.
"""
import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

VOWELS = set("AEIOU")
CODE = re.compile(r"\[([0-9:\-]*)\]")
PREP_PATTERN = re.compile(r"^-\s*\*\s*\(([A-Z]+)\)\s*\[([0-9:\-]*)\]\s*(#.*)?$")
VADER_TOKEN = re.compile(r"^[a-z]+(?:['\-][a-z]+)*$")


def fail(path, line_number, message):
    sys.exit(f"{path}:{line_number}: {message}")


def first_code(raw):
    """The code an event gets for the verb's own subject: A of 'A:B', None for '---' or ':B'."""
    code = raw.split(":")[0]
    if code in ("", "---"):
        return None
    return code


def regular_forms(stem):
    third = stem + "ES" if re.search(r"(S|X|Z|CH|SH)$", stem) else (
        stem[:-1] + "IES" if len(stem) > 1 and stem.endswith("Y") and stem[-2] not in VOWELS else stem + "S")
    if stem.endswith("E"):
        past = stem + "D"
    elif len(stem) > 1 and stem.endswith("Y") and stem[-2] not in VOWELS:
        past = stem[:-1] + "IED"
    else:
        past = stem + "ED"
    if stem.endswith("E") and len(stem) > 2 and stem[-2] not in VOWELS and stem != "BE":
        ing = stem[:-1] + "ING"
    else:
        ing = stem + "ING"
    return [third, past, ing]


def phrase_text(token):
    """A dictionary token ('+SET_UP', 'RE_+ARREST', 'ATTACK') as lower-case words."""
    words = [w for w in token.replace("+", "").split("_") if w]
    if len(words) > 1 and words[0] == "RE":
        words = ["re-" + words[1]] + words[2:]
    return " ".join(words).lower()


def inflect(token):
    """The regular forms of a verb token, inflecting the word marked with '+' (or the only word)."""
    parts = token.split("_")
    marked = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
    stem = parts[marked].lstrip("+")
    if not stem:
        return []
    forms = []
    for form in regular_forms(stem):
        copy = list(parts)
        copy[marked] = "+" + form
        forms.append("_".join(copy))
    return forms


def read_verbs(path):
    """(phrase, code, base, verb) in file order, before de-duplication."""
    entries = []
    in_verbs = False
    block_code = None
    block_verbs = []  # the (token, forms) of the current block, for its preposition patterns
    with open(path, encoding="utf-8") as f:
        for number, raw_line in enumerate(f, 1):
            line = raw_line.rstrip("\n")
            if line.startswith("####### VERB PATTERNS"):
                in_verbs = True
                continue
            if line.startswith("######## TRANSFORMATIONS"):
                break
            if not in_verbs:
                continue
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            if stripped.startswith("---"):
                found = CODE.search(stripped)
                if not found:
                    fail(path, number, f"a block header without [code]: {stripped!r}")
                block_code = first_code(found.group(1))
                block_verbs = []
                continue
            if stripped.startswith("-"):
                match = PREP_PATTERN.match(stripped)
                if match:
                    code = first_code(match.group(2))
                    if code is not None:
                        prep = match.group(1).lower()
                        for verb, forms in block_verbs:
                            for form in forms:
                                entries.append((form + " " + prep, code, 0, verb))
                continue
            if stripped.startswith("&") or stripped.startswith("~"):
                continue
            body = stripped.split("#", 1)[0].strip()
            code_match = CODE.search(body)
            own_code = first_code(code_match.group(1)) if code_match else None
            has_own = code_match is not None
            body = CODE.sub("", body).strip()
            irregular = None
            if "{" in body:
                if "}" not in body:
                    fail(path, number, f"an opening brace without a closing one: {stripped!r}")
                head, rest = body.split("{", 1)
                irregular = rest.split("}", 1)[0].replace(",", " ").split()
                body = head.strip()
            tokens = body.split()
            if len(tokens) != 1:
                fail(path, number, f"expected one verb token (with optional {{forms}} and [code]): {stripped!r}")
            token = tokens[0]
            code = own_code if has_own else block_code
            forms_tokens = irregular if irregular is not None else inflect(token)
            base = phrase_text(token)
            forms = [base] + [phrase_text(t) for t in forms_tokens]
            block_verbs.append((base, forms))
            if code is None:
                continue
            entries.append((base, code, 1, base))
            for form in forms[1:]:
                entries.append((form, code, 0, base))
    return entries


def read_goldstein(scale_path, codes_path):
    descriptions = {}
    with open(codes_path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        if header != ["CAMEOEVENTCODE", "EVENTDESCRIPTION"]:
            fail(codes_path, 1, f"unexpected header {header}")
        for number, line in enumerate(f, 2):
            if line.strip():
                code, description = line.rstrip("\n").split("\t", 1)
                descriptions[code] = description.strip()
    weights = {}
    with open(scale_path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        if header != ["CAMEOEVENTCODE", "GOLDSTEINSCALE"]:
            fail(scale_path, 1, f"unexpected header {header}")
        for number, line in enumerate(f, 2):
            if not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 2:
                fail(scale_path, number, "expected code<TAB>weight")
            weight = float(fields[1])
            if not -10.0 <= weight <= 10.0:
                fail(scale_path, number, f"weight {weight} outside -10..10")
            weights[fields[0]] = weight
    return [(code, weights[code], descriptions.get(code, "")) for code in sorted(weights)]


def read_vader(path):
    kept = {}
    dropped = 0
    repeated = 0
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 2:
                fail(path, number, "expected token<TAB>mean<TAB>...")
            token = fields[0]
            if not VADER_TOKEN.match(token):
                dropped += 1
                continue
            valence = float(fields[1])
            if not -4.0 <= valence <= 4.0:
                fail(path, number, f"valence {valence} outside -4..4")
            if token in kept:
                repeated += 1
                continue
            kept[token] = valence
    return kept, dropped, repeated


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    parser.add_argument("--out", default=os.path.join(ROOT, "src", "main", "resources", "stance"))
    args = parser.parse_args()

    verbs_path = os.path.join(args.data, "petrarch2-dictionaries", "CAMEO.2.0.txt")
    entries = read_verbs(verbs_path)
    goldstein = read_goldstein(os.path.join(args.data, "cameo-goldstein", "CAMEO.goldsteinscale.txt"),
                               os.path.join(args.data, "cameo-goldstein", "CAMEO.eventcodes.txt"))
    known = {code for code, _, _ in goldstein}
    chosen = {}
    conflicts = 0
    for phrase, code, base, verb in entries:
        if phrase in chosen:
            if chosen[phrase][0] != code:
                conflicts += 1
            continue
        chosen[phrase] = (code, base, verb)
    unknown = sorted({code for code, _, _ in chosen.values()
                      if code not in known and code[:3] not in known and code[:2] not in known})
    if unknown:
        sys.exit(f"{verbs_path}: codes with no Goldstein weight, not even for their parent code: {unknown}")

    vader, dropped, repeated = read_vader(os.path.join(args.data, "vader-lexicon", "vader_lexicon.txt"))

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "cameo-verbs.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("# phrase\tcode\tbase\tverb  (generated by tools/stance/build_lexicons.py from PETRARCH2 CAMEO.2.0.txt)\n")
        for phrase in sorted(chosen):
            code, base, verb = chosen[phrase]
            out.write(f"{phrase}\t{code}\t{base}\t{verb}\n")
    with open(os.path.join(args.out, "goldstein.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("# code\tweight\tdescription  (generated by tools/stance/build_lexicons.py from the GDELT CAMEO tables)\n")
        for code, weight, description in goldstein:
            out.write(f"{code}\t{weight}\t{description}\n")
    with open(os.path.join(args.out, "vader.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("# word\tvalence  (generated by tools/stance/build_lexicons.py from VADER vader_lexicon.txt)\n")
        for word in sorted(vader):
            out.write(f"{word}\t{vader[word]}\n")

    multi = sum(1 for p in chosen if " " in p)
    print(f"cameo-verbs.tsv: {len(chosen)} phrases ({multi} of several words) from {len(entries)} entries;"
          f" {conflicts} later entries with another code ignored", file=sys.stderr)
    print(f"goldstein.tsv: {len(goldstein)} codes", file=sys.stderr)
    print(f"vader.tsv: {len(vader)} words; {dropped} emoticons or multi-word entries dropped,"
          f" {repeated} repeated tokens ignored", file=sys.stderr)


if __name__ == "__main__":
    main()
