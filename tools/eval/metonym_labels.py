#!/usr/bin/env python3
"""Hand labels of metonyms (a capital or a seat of government standing for the government or body that acts:
"moscow said", "the kremlin warned", "white house officials", "brussels urgently needs") in lower-cased, tokenised
Guardian live-blog entries (../shared/data/liveblogs-guardian-ukp/entries_russia_ukraine_subset.jsonl, keyed by
block_id). Offsets are found by this script and written to src/test/resources/eval/metonym-mentions.tsv (block ids,
offsets, actor ids and kinds only, no text).

Selection, fixed here and independent of the matcher: the selection words are the capitals of
../shared/data/countries-mledoze/countries.json (`capital`, lower-cased), the seats and buildings in SEATS, and two
spellings the data use for capitals that countries.json writes otherwise (SPELLINGS: "kiev" for Kyiv, "washington"
for Washington D.C.). Among the entries (in file order) that contain a selection word as a whole word (758), every 5th
from the 5th is taken (indexes 4, 9, 14, ... of that list): 151 entries, none of them in the Guardian set of
guardian_labels.py (checked below).

Labelling: a project developer read every selected entry in full and judged every occurrence of a selection word
(291), in order, as a metonym (126, kind `metonym`, written to the tsv) or not an actor mention (165, written here as
X(...) so that the judgement is on record and the offsets of the metonyms are found past it, but not written to the
tsv). No other place or building was found used as a metonym in these entries ("the hague" and "state department"
occur, as a place and as a name). Metonyms by actor: RUS 58 (kremlin 33, moscow 25), USA 28 (white house 25,
washington 3), GBR 12 (downing street 5, number 10 5, london 1, whitehall 1), us_defense_department 8 (pentagon),
UKR 7 (kiev), GRC 4 (athens), TUR 4 (ankara), EU 3 (brussels), IRQ 1 (baghdad), FRA 1 (paris); 78 of the 151
entries have at least one. Not mentions: moscow 45, london 34, white house 13, paris 11, washington 11, athens 9,
westminster 7, "the bottom" 6 (a capital's name in "get to the bottom of"), and 34 others.

Rules used (docs/EVALUATION.md, "a city is a metonym only when it acts"), made precise while labelling:
- Metonym: the word stands for the government (or the body housed there) as actor, speaker, holder of a view or
  power, or as the party acted upon: "moscow said", "the kremlin 's strategy", "a kremlin ally", "pro-kremlin",
  "moscow-backed government", "the kiev authorities", "contacts with moscow", "relations with moscow", "should the us
  arm kiev", "military aid to kiev", "theresa may 's ultimatum to moscow", "the trail leads back to the kremlin",
  "boots quaking in the kremlin", "the official word out of moscow", "a statement from the white house", "support
  from washington", "power devolved from whitehall", "decided by london" (central government), "athens ' coalition
  government", "the mood in washington is changing" (the US government's stance). After a preposition this is still
  a metonym when the government itself is meant, not its address.
- Title before a name: "white house chief of staff john kelly", "white house press secretary sarah huckabee
  sanders", "pentagon spokesman captain jeff davis", "a kremlin aide", "white house officials" label the seat word
  as a metonym, as the other sets label "Kremlin spokesperson" (the title itself is not labelled).
- Not a mention: the place as a place ("in moscow", "reports from kiev", "talks with obama at the white house",
  "trump in the oval office of the white house", "poroshenko will visit the white house", "kept a low profile in the
  white house", "mattis ... at the pentagon", "the snp leader at westminster", "extradited from moscow", "the
  trail of polonium leads from london to moscow" (a route), "the situation in washington is grave"); a name part or
  attribute that is no actor ("moscow times", "washington post", "paris agreement", "minsk meeting", "vienna
  process", "westminster abbey", "cska moscow", "the moscow correspondent", "chief white house correspondent",
  "white house candidate", "run for the white house", "the washington establishment", "westminster campaigning",
  "london stock exchange", "moscow 's rts index", "athens market"); the city's own affairs ("the moscow
  experiment", a city's mayor).
- Actors: moscow, kremlin -> RUS; kiev -> UKR; washington, white house -> USA; london, downing street, number 10,
  whitehall -> GBR; brussels -> EU (each use here meant the EU); pentagon -> us_defense_department (the registry has
  the department, and every use here meant the department: its spokesman, budget, reforms, disputes); other
  capitals -> their state. Westminster would be gbr_parliament, capitol hill us_congress; neither was a metonym here.
- Surface: the word as written; a "the" right before kremlin, white house or pentagon is part of it ("the kremlin",
  as the seed labels write "The Kremlin" and the registry "the Kremlin"), before any other word it is not ("the number
  10 read-out" -> "number 10", "the kiev authorities" -> "kiev").

Usage: python3 tools/eval/metonym_labels.py ../shared/data > src/test/resources/eval/metonym-mentions.tsv
"""
import gzip
import json
import os
import re
import sys

from guardian_labels import LABELS as GUARDIAN
from headline_labels import is_boundary, locate

M = "metonym"

SEATS = ["kremlin", "white house", "downing street", "pentagon", "whitehall", "elysee", "élysée", "bankova",
         "brussels", "westminster", "capitol hill", "zhongnanhai", "quai d'orsay", "foggy bottom", "number 10"]
SPELLINGS = ["kiev", "washington"]
EVERY, FROM = 5, 4


def X(surface):
    """An occurrence judged not to be an actor mention (a place, a name part): on record, not written."""
    return (surface, None, None)


LABELS = {
    "block-53d0ed9ce4b0348329ae7295": [X("london")],
    "block-58d02b6be4b01ea2330ba60f": [("white house", "USA", M), X("the bottom")],
    "block-58cffe65e4b007e8557edd6e": [("the white house", "USA", M)],
    "block-58cfbff7e4b0a411e9ab69dd": [X("capitol hill"), ("moscow", "RUS", M)],
    "block-557584c7e4b0f3282588bb61": [X("moscow")],
    "block-5575512ae4b019d982cba768": [X("moscow")],
    "block-55752cb1e4b0f3282588ba31": [X("moscow"), X("moscow"), X("moscow"), X("moscow"), X("moscow"), X("moscow")],
    "block-57fcf4e8e4b03b22b4fb248b": [("london", "GBR", M), X("london")],
    "block-57fcb387e4b0a043a4c24598": [("whitehall", "GBR", M)],
    "block-549a926ee4b086b7c9dab047": [X("london"), X("london")],
    "block-549a6916e4b0787a8292c945": [X("london"), X("paris"), X("madrid")],
    "block-54d27854e4b016238c5d292f": [("kiev", "UKR", M)],
    "block-54d2647fe4b0361f376c0942": [X("kiev"), ("kiev", "UKR", M), ("washington", "USA", M)],
    "block-54d24249e4b093fcfe391300": [("the white house", "USA", M), ("the pentagon", "us_defense_department", M)],
    "block-54d2347fe4b0d70309915bae": [("the pentagon", "us_defense_department", M), ("the white house", "USA", M)],
    "block-54d22da2e4b0f9568d11e007": [("the pentagon", "us_defense_department", M), ("the white house", "USA", M)],
    "block-58a29ab3e4b012eeb30c9ac4": [("baghdad", "IRQ", M), X("white house")],
    "block-58a28bf0e4b012eeb30c9a96": [("moscow", "RUS", M)],
    "block-58a2844be4b09b65848eb5e4": [("the white house", "USA", M)],
    "block-591984c8e4b0f5ae171e23e1": [X("whitehall")],
    "block-5540eae3e4b0ae70f6155cce": [X("moscow")],
    "block-560c06b1e4b025318eb6dff9": [("the kremlin", "RUS", M)],
    "block-560c38c4e4b06a9994446bb9": [("the pentagon", "us_defense_department", M), ("the kremlin", "RUS", M),
        ("kremlin", "RUS", M), ("the white house", "USA", M), ("the kremlin", "RUS", M)],
    "block-560c1f42e4b025318eb6e069": [("the kremlin", "RUS", M)],
    "block-560c1002e4b025318eb6e02e": [X("beirut"), ("the kremlin", "RUS", M)],
    "block-560bfca7e4b030d6815b5e56": [X("jerusalem"), ("the kremlin", "RUS", M), X("moscow")],
    "block-5ab28ffee4b044506eec0c53": [X("berlin"), X("brussels"), X("westminster")],
    "block-5ab27173e4b044506eec0a97": [("the kremlin", "RUS", M), X("whitehall")],
    "block-5ab2661de4b034ce54aa6e27": [("the kremlin", "RUS", M), ("the kremlin", "RUS", M)],
    "block-5ab249e9e4b044506eec0892": [X("westminster")],
    "block-540492abe4b0adfd01f73d44": [X("athens"), X("paris"), X("athens"), X("paris"), ("athens", "GRC", M)],
    "block-540408a2e4b00f184315ab77": [X("paris")],
    "block-5492b2f1e4b0919fd47e8742": [("the pentagon", "us_defense_department", M)],
    "block-5492a07ce4b019234074e2e9": [X("berlin")],
    "block-5634d976e4b014cafaeb4bc4": [X("moscow")],
    "block-5634c096e4b014cafaeb4b94": [X("cairo")],
    "block-5634a37ae4b025d517f03ca9": [X("moscow")],
    "block-5aa7f0ece4b0d60f07ce4e7c": [("moscow", "RUS", M), X("london"), ("moscow", "RUS", M)],
    "block-5aa7e3c0e4b042c4125bc234": [("moscow", "RUS", M)],
    "block-5aa7b9dbe4b042c4125bc04a": [X("moscow"), ("brussels", "EU", M)],
    "block-5aa79f9ae4b042c4125bbf23": [("washington", "USA", M), X("downing street")],
    "block-5773c794e4b0759da0f94aa6": [X("moscow"), X("moscow")],
    "block-5654b1e2e4b0f4d54c31afd1": [("ankara", "TUR", M)],
    "block-56549b61e4b038a76559a200": [X("paris"), X("moscow"), X("vienna")],
    "block-56548683e4b0c68ed655cf36": [X("white house"), X("paris"), X("elysee")],
    "block-56547624e4b0db69eb55027f": [("moscow", "RUS", M), ("moscow", "RUS", M), ("washington", "USA", M),
        ("moscow", "RUS", M), ("ankara", "TUR", M), ("the kremlin", "RUS", M), ("moscow", "RUS", M)],
    "block-565453f6e4b02e649deaa6c7": [("ankara", "TUR", M)],
    "block-5654487ee4b00f67a4bed8ee": [X("brussels")],
    "block-56543572e4b0295a40197c82": [X("beirut"), ("moscow", "RUS", M), ("moscow", "RUS", M), ("ankara", "TUR", M)],
    "block-54bfc225e4b0096ebcdfb124": [X("kiev")],
    "block-54bf86b7e4b06cee0e74022c": [("brussels", "EU", M)],
    "block-54bf4a28e4b0d2a9e12b8aa5": [X("london")],
    "block-54ec7b7be4b08005ac581ba1": [("number 10", "GBR", M), X("westminster"), ("number 10", "GBR", M),
        ("downing street", "GBR", M)],
    "block-5939817ce4b0be3ed19244f7": [("white house", "USA", M)],
    "block-5939700ee4b0bdd87e2f4ab6": [X("washington")],
    "block-59395b4ae4b00493c827aa41": [X("the bottom")],
    "block-59386a8ee4b0bdd87e2f45f5": [X("washington"), X("white house"), ("white house", "USA", M)],
    "block-5491c0c2e4b0919fd47e8631": [X("athens")],
    "block-5491a894e4b0b53180a01703": [X("moscow")],
    "block-549171ebe4b017bd53de1c0e": [X("moscow")],
    "block-549156a4e4b0f05d5cd391bb": [("kremlin", "RUS", M), ("moscow", "RUS", M)],
    "block-5491377ae4b07a51e943a114": [X("moscow")],
    "block-58e7f05be4b05b487c0e04a6": [X("pentagon")],
    "block-58e7ce49e4b0e0ec04efec16": [("the white house", "USA", M)],
    "block-58e7b20be4b0e0ec04efeb8c": [X("washington")],
    "block-58e75ccbe4b05776df18b6e1": [X("tashkent")],
    "block-58e73927e4b05b487c0e013e": [("pentagon", "us_defense_department", M)],
    "block-58e724dae4b0e0ec04efe916": [X("moscow"), X("moscow")],
    "block-58e7142ce4b0e0ec04efe8da": [("pentagon", "us_defense_department", M)],
    "block-58e6fd96e4b05b487c0e007e": [("pentagon", "us_defense_department", M)],
    "block-563a9e39e4b0a98ee918c6fc": [("downing street", "GBR", M)],
    "block-563a700ee4b08cd6489b7098": [X("london")],
    "block-563a4b35e4b08cd6489b7051": [("the white house", "USA", M), ("the white house", "USA", M),
        ("white house", "USA", M)],
    "block-591df063e4b0a9ae59334f99": [("the white house", "USA", M)],
    "block-53ff5975e4b04e2fe1fa8551": [X("paris"), X("athens"), ("athens", "GRC", M), ("athens", "GRC", M),
        X("paris"), X("athens"), X("paris")],
    "block-54087513e4b0754557470b1b": [X("minsk"), X("minsk"), ("kiev", "UKR", M), X("minsk")],
    "block-540836a3e4b0754557470a68": [("kiev", "UKR", M), ("kiev", "UKR", M), ("kiev", "UKR", M),
        ("moscow", "RUS", M), ("moscow", "RUS", M), ("kiev", "UKR", M)],
    "block-5406ef8ce4b0489e20b32a97": [X("paris")],
    "block-5aa97312e4b0d7d09c5c772b": [X("london")],
    "block-5aa948f6e4b0acd9bdfd4821": [X("moscow"), X("moscow")],
    "block-5aa92579e4b0d7d09c5c72ba": [X("moscow"), X("moscow"), X("london")],
    "block-5aa91695e4b0f83efb466b73": [X("westminster")],
    "block-5aa8f0ace4b0e01f75aa66b3": [X("london"), X("london")],
    "block-57d09930e4b0c1d95ae1468a": [X("white house"), X("washington"), X("white house")],
    "block-57d015c1e4b042bbfb324374": [X("white house")],
    "block-591d04c4e4b0a9ae59334b80": [X("white house"), X("washington"), ("the white house", "USA", M)],
    "block-591cdb5de4b0a9ae59334af3": [X("the bottom")],
    "block-591cced2e4b0ca009308d72f": [("the white house", "USA", M), X("white house"),
        ("the white house", "USA", M)],
    "block-591c60d4e4b0a9ae5933489e": [("kremlin", "RUS", M), X("white house")],
    "block-594036a6e4b0be3ed1926137": [("the white house", "USA", M), ("the white house", "USA", M)],
    "block-585d1f36e4b0966513aed08c": [("the kremlin", "RUS", M)],
    "block-585d1217e4b0d460757ebdba": [X("berlin"), X("berlin")],
    "block-585cf6fae4b06265ff0d6077": [("the kremlin", "RUS", M), ("kremlin", "RUS", M)],
    "block-585ce631e4b06265ff0d6036": [X("moscow")],
    "block-5673f0fee4b073aa56182990": [("moscow", "RUS", M)],
    "block-55eedcfce4b0f3f3043ad29e": [("the kremlin", "RUS", M), X("moscow")],
    "block-55eed1a5e4b0fd3fbcd756ef": [("the kremlin", "RUS", M), ("kremlin", "RUS", M)],
    "block-55ed91d6e4b0b158e9dfeeaa": [X("moscow"), X("moscow"), X("london"), X("moscow")],
    "block-5910347fe4b0df096d2590f2": [X("the bottom"), X("the bottom")],
    "block-53ff9f20e4b0084228cf859b": [X("white house")],
    "block-53ff8537e4b06f5272fb41dd": [X("white house")],
    "block-53ff7affe4b0231e2167f0d8": [X("washington"), ("the white house", "USA", M)],
    "block-53d7cff2e4b0b709a4497ef0": [("white house", "USA", M)],
    "block-53d77433e4b0b98ad30b175c": [X("london"), ("brussels", "EU", M)],
    "block-53d758a1e4b0686d64203f44": [X("london")],
    "block-54c7b707e4b0bff06d86656c": [X("london"), X("moscow")],
    "block-54c7aa85e4b089fc3733629d": [X("london"), ("the kremlin", "RUS", M)],
    "block-54c78d56e4b02656194836b4": [X("london"), X("london"), X("london")],
    "block-54c77bd7e4b03a9bdfa807e5": [X("london"), X("london"), X("moscow")],
    "block-54c76a57e4b089fc373361f9": [X("london")],
    "block-54c75d1de4b074fbabe7c1a2": [X("london"), X("london"), X("moscow"), X("london"), X("london"),
        ("moscow", "RUS", M)],
    "block-54980f9ee4b00469d90dcb5f": [X("moscow")],
    "block-5497d2aae4b08b9165ec765c": [X("moscow")],
    "block-5aaa91f7e4b0d7d09c5c7f0d": [X("white house"), X("white house")],
    "block-5aaa6334e4b0acd9bdfd4f8b": [X("london")],
    "block-5aaa5bbce4b0d7d09c5c7c05": [("downing street", "GBR", M)],
    "block-5aaa4dafe4b0acd9bdfd4e72": [("downing street", "GBR", M), ("paris", "FRA", M), ("number 10", "GBR", M),
        ("downing street", "GBR", M)],
    "block-5887634ae4b0d7c340749674": [X("london")],
    "block-58766a53e4b0710de27b8811": [("moscow", "RUS", M), X("manila"), X("moscow")],
    "block-58761721e4b0c0afac91fa4b": [("the kremlin", "RUS", M), X("moscow"), ("the kremlin", "RUS", M),
        ("the kremlin", "RUS", M), ("moscow", "RUS", M), ("kremlin", "RUS", M)],
    "block-587fa2a5e4b01065cf597e75": [X("paris")],
    "block-54907066e4b022bc300452af": [X("athens")],
    "block-54903aa2e4b017bd53de1ab3": [X("moscow"), X("moscow"), X("moscow")],
    "block-54901b29e4b017bd53de1a6a": [X("moscow")],
    "block-59f810225fb4be0730416fe3": [("white house", "USA", M)],
    "block-59f7e47b5fb4be0730416f19": [("white house", "USA", M)],
    "block-59f78f08a885b806b2a4eb2d": [X("washington"), ("white house", "USA", M)],
    "block-59f75222833bbe06d8167527": [X("washington")],
    "block-59f7215e5fb4be0730416829": [X("washington")],
    "block-5aa6b924e4b042c4125bbaa7": [("kremlin", "RUS", M), X("moscow")],
    "block-5aa69be0e4b0d60f07ce4430": [X("westminster"), X("westminster")],
    "block-5aa66a6be4b0279c71c8b7b0": [("number 10", "GBR", M)],
    "block-5aa64045e4b02e97675d3886": [X("london"), ("number 10", "GBR", M), X("brussels")],
    "block-5525202ee4b0a7939d1e3e2b": [X("athens"), X("moscow"), ("athens", "GRC", M), ("moscow", "RUS", M)],
    "block-5524f6a1e4b0e961ee185983": [X("moscow")],
    "block-53e203a1e4b0afc34d1e45b9": [("the kremlin", "RUS", M)],
    "block-540ec0cee4b0ce3d9c4800f8": [X("singapore")],
    "block-58544575e4b0010b9dd82872": [("the white house", "USA", M)],
    "block-5489c5c8e4b04b5c604afe79": [X("the bottom")],
    "block-54898989e4b0d8ab349dc9bb": [X("athens"), X("athens"), X("london")],
    "block-5489533ee4b0b86a5c809268": [("moscow", "RUS", M)],
    "block-57d315fde4b08465d44ff168": [X("washington")],
    "block-57d2cd9ce4b08465d44ff020": [X("washington")],
    "block-5a9ea9a4e4b0922602243850": [X("london"), ("the kremlin", "RUS", M), ("moscow", "RUS", M),
        ("moscow", "RUS", M), ("kremlin", "RUS", M), X("london")],
    "block-5a9e712ee4b091caf4df7d49": [("the kremlin", "RUS", M), ("the kremlin", "RUS", M), X("westminster"),
        ("kremlin", "RUS", M)],
    "block-5a9e5a96e4b05aa26cff7192": [("the kremlin", "RUS", M), ("moscow", "RUS", M), ("moscow", "RUS", M)],
    "block-563cd125e4b09da63347fbed": [X("london")],
    "block-563cb7cbe4b0cfe9766d06d7": [("the kremlin", "RUS", M)],
    "block-563c847de4b0fd5772b4d7b5": [X("cairo")],
    "block-563c5b7ee4b0bff0d76b78cf": [X("cairo")],
    "block-561ccac9e4b0d14a06987b00": [X("moscow"), ("moscow", "RUS", M)],
}


def selection_words(shared):
    with open(os.path.join(shared, "countries-mledoze/countries.json"), encoding="utf-8") as f:
        capitals = {c.lower() for country in json.load(f) for c in country["capital"]}
    return sorted(capitals | set(SEATS) | set(SPELLINGS), key=lambda w: (-len(w), w))


SUBSET = "liveblogs-guardian-ukp/entries_russia_ukraine_subset.jsonl"
# The whole Guardian corpus, less the subset's entries: the source of the later training sets.
FULL = "liveblogs-guardian-ukp/entries.jsonl.gz"
FULL_EVERY = 220


def selected_entries(shared, start=FROM, leave_out=(), corpus=SUBSET, every=EVERY):
    """Every `every`-th from index `start` (here every 5th from the 5th) of the entries of `corpus` containing a
    selection word (whole word: no letter or digit beside it), less any whose block id is in `leave_out`. In FULL,
    entries of the subset and entries without a block id are not candidates."""
    words = re.compile(r"(?<![^\W_])(?:" + "|".join(re.escape(w) for w in selection_words(shared)) + r")(?![^\W_])")
    skip = set()
    if corpus != SUBSET:
        with open(os.path.join(shared, SUBSET), encoding="utf-8") as f:
            skip = {json.loads(line)["block_id"] for line in f}
    path = os.path.join(shared, corpus)
    candidates = []
    with (gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8")) as f:
        for line in f:
            row = json.loads(line)
            if row.get("block_id") and row["block_id"] not in skip and words.search(row.get("text") or ""):
                candidates.append(row)
    return words, [r for r in candidates[start::every] if r["block_id"] not in leave_out]


def write_labels(shared, labels_by_doc, start, exclude, leave_out=(), corpus=SUBSET, every=EVERY):
    """Checks that labels_by_doc (block id -> judgements) follows the selection from index `start` (less `leave_out`)
    and shares no entry with any of the label sets in `exclude`, then prints the tsv of its metonyms."""
    words, entries = selected_entries(shared, start, leave_out, corpus, every)
    assert [r["block_id"] for r in entries] == list(labels_by_doc), "the labels do not follow the selection"
    for other in exclude:
        assert not set(labels_by_doc) & set(other), "an entry is also in an excluded set"
    print("doc\tstart\tend\tactor\tkind")
    judged = metonyms = 0
    for row in entries:
        doc, text, labels = row["block_id"], row["text"], labels_by_doc[row["block_id"]]
        occurrences = [m.group(0) for m in words.finditer(text)]
        judged_words = [s[4:] if s.startswith("the ") and s != "the bottom" else s for s, _, _ in labels]
        assert occurrences == judged_words, f"{doc}: not every occurrence is judged"
        # Blank out the occurrences judged not to be mentions, so that locate finds each metonym at its own place.
        masked, position = list(text), 0
        for surface, actor, _ in labels:
            start = text.find(surface, position)
            while start >= 0 and not (is_boundary(text, start - 1) and is_boundary(text, start + len(surface))):
                start = text.find(surface, start + 1)
            if actor is None:
                masked[start:start + len(surface)] = "#" * len(surface)
            position = start + len(surface)
        locate(doc, "".join(masked), [label for label in labels if label[1] is not None])
        judged += len(labels)
        metonyms += sum(1 for label in labels if label[1] is not None)
    print(f"# {len(entries)} entries, {judged} occurrences judged, {metonyms} metonyms", file=sys.stderr)


def main(shared):
    write_labels(shared, LABELS, FROM, [GUARDIAN])


if __name__ == "__main__":
    main(sys.argv[1])
