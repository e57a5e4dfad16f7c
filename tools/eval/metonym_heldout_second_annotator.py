#!/usr/bin/env python3
"""Second annotator's independent judgements of the held-out metonym selection, for an inter-annotator agreement
study.

Who: Claude, an AI model, working as annotator at a project developer's request. The first annotator's labels of
these entries (and of the related training selections) were not seen; only the rules and examples of
metonym_labels.py were read.

Selection: metonym_labels.selected_entries(shared, 2, set(guardian_labels.LABELS)), i.e. every 5th entry from index 2
of the entries of ../shared/data/liveblogs-guardian-ukp/entries_russia_ukraine_subset.jsonl that contain a selection
word, less the Guardian set: 150 entries (lower-cased, tokenised text), keyed by block_id in selection order.

Labelling: every occurrence of a selection word (words.finditer(text)) was read in context and judged, in order, as a
metonym (surface, actor id, "metonym") or as X(surface), not an actor mention, following the rules in the docstring
of metonym_labels.py (a capital or seat standing for the government or body as actor, speaker, holder of a view or
party acted upon, also after a preposition; a place where something happens or someone is, name parts, markets,
time zones, correspondents, "get to the bottom of" are not mentions; a "the" right before kremlin, white house or
pentagon is part of the surface).

Counts: 150 entries, 278 occurrences judged, 131 metonyms, 147 not mentions; 75 entries have at least one metonym.
Metonyms by actor: RUS 65 (moscow 39, kremlin 26), USA 28 (white house 23, washington 5), GBR 12 (downing street 7,
london 3, number 10 1, whitehall 1), us_defense_department 8 (pentagon), EU 4 (brussels), UKR 3 (kiev), TUR 3
(ankara), and one each for DEU (berlin), EGY (cairo), FRA (paris), GRC (athens), IRN (tehran), IRQ (baghdad), PRK
(pyongyang), SYR (damascus). Not mentions: moscow 33, london 28, washington 14, paris 9, white house 8, kremlin 6,
and 49 others. Hard cases are commented next to their entries.

Usage (from tools/eval): python3 metonym_heldout_second_annotator.py /work/shared/data
"""
import sys

from guardian_labels import LABELS as GUARDIAN
from metonym_labels import M, X, selected_entries

THE = ("kremlin", "white house", "pentagon")

LABELS = {
    "block-53d0c19ae4b0a4fb5d85fa32": [X("jerusalem"), X("jerusalem"), X("jerusalem")],
    "block-58d01833e4b007e8557eddea": [("the white house", "USA", M), ("the white house", "USA", M),
        ("white house", "USA", M), ("white house", "USA", M)],
    "block-58cfe6a4e4b007e8557edce1": [("the white house", "USA", M)],
    "block-5575a0c6e4b0649ab501a9bd": [X("moscow"), X("moscow"), X("moscow"), X("moscow")],
    "block-55757c2ee4b019d982cba82e": [X("moscow"), X("moscow")],
    "block-55753358e4b0f3282588ba39": [X("moscow"), X("moscow"), X("moscow"), X("dhaka"), X("moscow")],
    # number 10 modifies its lobby briefing (given by No 10): metonym; stanley is a name part
    "block-57fcfdebe4b03b22b4fb24c8": [X("london"), X("stanley"), ("number 10", "GBR", M),
        ("downing street", "GBR", M)],
    "block-57fcc986e4b0a043a4c2462e": [("whitehall", "GBR", M)],
    # pro-brussels; success / achieving something in brussels = in dealings with the EU institutions
    "block-57fca5a2e4b0a043a4c2455d": [("brussels", "EU", M), ("brussels", "EU", M), ("brussels", "EU", M)],
    "block-549a7c79e4b0b9ba12afcc31": [X("london"), X("westminster")],
    "block-54d27a95e4b046dcf5a0a4e9": [("the pentagon", "us_defense_department", M)],
    # confirmed at the pentagon: the post, a place
    "block-54d27047e4b0361f376c0950": [("white house", "USA", M), X("the pentagon")],
    "block-54d254c7e4b016238c5d2910": [X("kabul"), X("kabul")],
    "block-54d23bd0e4b0b88987cd93a4": [X("budapest")],
    # his work at the pentagon: a place
    "block-54d22f02e4b0f9568d11e00b": [("the pentagon", "us_defense_department", M), X("the pentagon")],
    "block-58a29e65e4b0fcbf4e7d594e": [X("washington"), ("the white house", "USA", M), ("moscow", "RUS", M),
        X("the white house")],
    # the trump white house; the white house counsel (title, twice)
    "block-58a29164e4b0fcbf4e7d591d": [X("washington"), ("the white house", "USA", M), ("white house", "USA", M),
        ("the white house", "USA", M), ("the white house", "USA", M)],
    "block-58a2874fe4b09b65848eb5f7": [("the white house", "USA", M), X("washington")],
    "block-59199f88e4b0762dda0bb166": [X("beijing")],
    "block-5540ed18e4b090ea3d99854b": [X("paris")],
    # mull them over in washington and moscow: the two governments are to consider the steps
    "block-560c5498e4b06a9994446c16": [("the pentagon", "us_defense_department", M), ("the kremlin", "RUS", M),
        ("kremlin", "RUS", M), ("the white house", "USA", M), ("washington", "USA", M), ("moscow", "RUS", M)],
    "block-560c3bd4e4b06a9994446bc9": [X("damascus"), X("damascus")],
    "block-560c2bb6e4b06a9994446b83": [("moscow", "RUS", M), ("washington", "USA", M)],
    "block-560c13a8e4b06a9994446b3e": [("washington", "USA", M), ("moscow", "RUS", M)],
    "block-560bfee4e4b030d6815b5e63": [("baghdad", "IRQ", M)],
    "block-560bf741e4b024dda5afe152": [("the kremlin", "RUS", M)],
    "block-5ab28402e4b034ce54aa6ffe": [("downing street", "GBR", M)],
    "block-5ab26989e4b034ce54aa6e46": [("the kremlin", "RUS", M), ("moscow", "RUS", M)],
    "block-5ab24bcbe4b044506eec08ac": [X("rome")],
    "block-5ab21857e4b0e9845cfda048": [X("dublin")],
    "block-54045478e4b00f184315abc1": [("berlin", "DEU", M)],
    "block-5492be1de4b08b9165ec7475": [X("moscow"), X("moscow")],
    "block-5492a3e5e4b0c6258a8a42e5": [X("minsk")],
    "block-5634ddfee4b05da6ca74f1ec": [X("cairo")],
    "block-5634ce04e4b05da6ca74f1ce": [X("moscow")],
    "block-5634ab16e4b025d517f03cb1": [X("moscow"), X("moscow")],
    "block-56348d93e4b014cafaeb4b5f": [X("moscow")],
    "block-5aa7eb07e4b0d60f07ce4e30": [X("london"), X("london")],
    "block-5aa7d48fe4b0d60f07ce4d18": [("the white house", "USA", M)],
    "block-5aa7b82de4b0d60f07ce4b8f": [("moscow", "RUS", M)],
    "block-5aa7987be4b042c4125bbef7": [("the white house", "USA", M)],
    "block-5654b6d8e4b0f4d54c31afdb": [X("moscow")],
    "block-5654a381e4b00722e472bb86": [X("brussels")],
    "block-56549523e4b038a76559a1e8": [X("tunis")],
    "block-56547f27e4b04ba1dc2b2de2": [X("brussels")],
    "block-56545afee4b00f67a4bed93f": [X("ankara"), ("ankara", "TUR", M), ("moscow", "RUS", M)],
    "block-56544cd3e4b02e649deaa6ab": [X("copenhagen")],
    "block-565439cce4b0295a40197c8f": [("moscow", "RUS", M), ("ankara", "TUR", M), ("ankara", "TUR", M)],
    "block-54bfcb4be4b0096ebcdfb13e": [("moscow", "RUS", M), ("moscow", "RUS", M)],
    "block-54bfa2d4e4b057445a5ced90": [X("kuala lumpur")],
    "block-54bf7057e4b0c8783254e729": [X("paris"), X("paris"), X("paris")],
    "block-54eca099e4b0043c5eacb35f": [("the kremlin", "RUS", M)],
    "block-59399c16e4b0be3ed1924583": [("the white house", "USA", M)],
    # briefing at the white house: a place
    "block-5939794be4b00493c827ab22": [("white house", "USA", M), X("the white house")],
    "block-593960b6e4b00493c827aa6c": [X("the bottom")],
    "block-59395053e4b0be3ed19243b5": [("moscow", "RUS", M)],
    "block-564e1b5ee4b06e1ab44e1880": [X("paris"), X("paris")],
    "block-5491b638e4b09b8eb7f82e3f": [X("moscow")],
    "block-5491883ee4b07a51e943a19a": [("moscow", "RUS", M)],
    "block-54915eabe4b017bd53de1be7": [X("moscow")],
    "block-54914b84e4b022bc300452f1": [("moscow", "RUS", M)],
    "block-58e7fefbe4b0e0ec04efeccb": [("the kremlin", "RUS", M)],
    "block-58e7d768e4b05b487c0e0441": [("the pentagon", "us_defense_department", M), ("the white house", "USA", M),
        ("the kremlin", "RUS", M)],
    # a message to resonate in these capitals: the regimes meant
    "block-58e7ba1be4b05776df18b8d1": [("damascus", "SYR", M), ("tehran", "IRN", M), ("pyongyang", "PRK", M)],
    "block-58e760e4e4b05776df18b700": [("the kremlin", "RUS", M), ("washington", "USA", M)],
    "block-58e74cbce4b0e0ec04efe99d": [("the kremlin", "RUS", M), ("moscow", "RUS", M), ("moscow", "RUS", M),
        ("the pentagon", "us_defense_department", M)],
    "block-58e7268de4b05776df18b616": [("the pentagon", "us_defense_department", M), ("the kremlin", "RUS", M),
        ("moscow", "RUS", M), ("the pentagon", "us_defense_department", M),
        ("the pentagon", "us_defense_department", M)],
    "block-58e7186ae4b05776df18b5eb": [("moscow", "RUS", M)],
    "block-58e70401e4b05776df18b5b6": [X("jerusalem")],
    "block-58e6f7a4e4b05b487c0e0070": [("moscow", "RUS", M)],
    "block-563a8b22e4b08cd6489b70e0": [X("london"), X("london")],
    "block-563a57b4e4b08cd6489b7063": [X("cairo"), X("berlin")],
    # talks in downing street: a place
    "block-563a40e7e4b08cd6489b702e": [("downing street", "GBR", M), X("downing street"),
        ("downing street", "GBR", M)],
    "block-53ff6504e4b04e2fe1fa855c": [X("athens")],
    "block-53ff0e5fe4b04e2fe1fa84ed": [X("paris")],
    "block-54085368e4b0754557470aab": [("downing street", "GBR", M)],
    "block-540716cfe4b04b37c94de3a1": [("the kremlin", "RUS", M), ("kiev", "UKR", M), X("london")],
    "block-5406c161e4b0b23834312a03": [X("london")],
    "block-5aa95859e4b0f83efb466f5d": [("the kremlin", "RUS", M), ("downing street", "GBR", M), X("downing street")],
    "block-5aa93622e4b0f83efb466d2b": [("moscow", "RUS", M), ("moscow", "RUS", M)],
    "block-5aa92174e4b0acd9bdfd459e": [X("london")],
    # the river outside the kremlin in moscow: places
    "block-5aa8fd95e4b00fe328b04d2f": [("the kremlin", "RUS", M), ("the kremlin", "RUS", M), X("the kremlin"),
        X("moscow")],
    "block-5aa8dd82e4b02bc544441f47": [("moscow", "RUS", M), ("the kremlin", "RUS", M), X("london"),
        ("moscow", "RUS", M), ("moscow", "RUS", M), ("london", "GBR", M), ("moscow", "RUS", M), ("london", "GBR", M)],
    "block-57d02035e4b0c1d95ae14430": [X("washington")],
    "block-591d0dafe4b0a9ae59334ba2": [("the white house", "USA", M)],
    "block-591cf28ce4b03ddbc8d5a816": [("the white house", "USA", M)],
    "block-591cd879e4b0ca009308d74d": [("the white house", "USA", M)],
    # a resort's nickname (winter white house): no actor
    "block-591c8ed5e4b03ddbc8d5a6a4": [X("white house")],
    # white house tapes: recordings made there, taken as an attribute, not the government acting
    "block-594040b5e4b0bdd87e2f67bb": [X("white house")],
    "block-59401e1ee4b0bdd87e2f671a": [X("capitol hill"), X("washington")],
    "block-585cff9ee4b0966513aecff9": [X("ankara")],
    # a kremlin pool journalist: a press-pool label, like a correspondent
    "block-585cef47e4b06265ff0d6053": [X("kremlin")],
    "block-5673f564e4b0e7d11553d9a3": [("moscow", "RUS", M)],
    "block-5673be4fe4b0fcd39b57049a": [X("london")],
    "block-55eed1c2e4b0fd3fbcd756fb": [("kremlin", "RUS", M), X("london")],
    "block-55ed9450e4b0b158e9dfeeba": [X("moscow"), ("kremlin", "RUS", M), X("moscow")],
    "block-591050c6e4b0df096d25917e": [X("tokyo")],
    "block-591010bbe4b0d608cb0828d7": [X("paris"), X("paris")],
    "block-53ff8d80e4b0231e2167f0e6": [X("the white house")],
    # the kiev security offices: the Ukrainian government's security service, as 'the kiev authorities'
    "block-53ff7d2ae4b06f5272fb41d9": [("kiev", "UKR", M)],
    # a protest outside / at the kremlin: a place
    "block-53ff775ce4b0084228cf858a": [X("the kremlin"), X("kremlin")],
    "block-53d779a6e4b00fb5a109b435": [("moscow", "RUS", M)],
    "block-53d75ec4e4b0686d64203f47": [X("london")],
    "block-53d73988e4b0b98ad30b1722": [X("london"), ("athens", "GRC", M)],
    "block-54c7af0ae4b089fc373362ab": [X("london"), ("the kremlin", "RUS", M)],
    "block-54c79ab7e4b089fc3733627b": [X("london")],
    "block-54c78133e4b0bff06d8664d6": [X("london")],
    "block-54c77800e4b03a9bdfa807e0": [X("london"), X("london")],
    "block-54c76113e4b03a9bdfa807c3": [X("london")],
    # moscow digesting a warning about the economy: read as the Russian government/establishment
    "block-54981a95e4b0c6258a8a44c7": [("moscow", "RUS", M)],
    "block-5497dface4b019234074e6e6": [X("london")],
    # diplomats expelled from london: a place; the row between moscow and london: the governments
    "block-5aaaa4f6e4b0acd9bdfd535e": [X("moscow"), X("london"), ("moscow", "RUS", M), ("moscow", "RUS", M),
        ("london", "GBR", M)],
    "block-5aaa7227e4b0d7d09c5c7d58": [X("the kremlin")],
    "block-5aaa623be4b0d7d09c5c7c6b": [X("london")],
    "block-5aaa5430e4b0f83efb4674db": [X("london"), ("paris", "FRA", M)],
    "block-5aaa2e66e4b0acd9bdfd4db8": [X("downing street")],
    "block-58767bd1e4b0f10ba20b71bf": [("moscow", "RUS", M), ("the kremlin", "RUS", M), ("the kremlin", "RUS", M),
        X("moscow"), X("moscow"), ("moscow", "RUS", M)],
    "block-587646b0e4b0c0afac91fad1": [X("washington"), X("capitol hill"), X("washington")],
    "block-587fb489e4b0f0efb00f55da": [("brussels", "EU", M)],
    "block-587f3887e4b00b8fc2ae1c26": [("washington", "USA", M)],
    "block-5490457ae4b0295e49f723d4": [X("moscow"), ("kremlin", "RUS", M)],
    "block-54902dade4b017bd53de1a95": [X("moscow"), X("moscow")],
    "block-549004c9e4b07a51e9439f78": [X("london")],
    "block-59f802eda885b806b2a4ed60": [X("washington"), X("washington"), X("washington")],
    # festivities at the white house: a place
    "block-59f7c4da833bbe06d8167925": [X("the white house"), X("washington")],
    "block-59f75e07833bbe06d8167601": [("the white house", "USA", M)],
    "block-59f735d3833bbe06d81673b2": [X("moscow"), X("kiev")],
    # ambassador to moscow: accredited to the government
    "block-5aa6be66e4b0d60f07ce461b": [("moscow", "RUS", M)],
    "block-5aa69efce4b0ccc2e5bc5351": [X("victoria")],
    "block-5aa68e15e4b0ccc2e5bc52a8": [X("westminster"), X("london")],
    "block-5aa653bae4b0279c71c8b6f6": [X("westminster")],
    "block-552528e1e4b052cface3a826": [X("athens")],
    "block-5525068ae4b006f9525456c8": [X("moscow")],
    # the kremlin wall: a place
    "block-5524dec2e4b0711a4eadb263": [X("the kremlin"), X("moscow"), X("moscow")],
    "block-53e1ece5e4b027792fb5061d": [("moscow", "RUS", M)],
    "block-540e8c7be4b0678f1b110788": [("moscow", "RUS", M), X("amsterdam"), X("kuala lumpur")],
    "block-5854328ae4b08386c31026cf": [X("the white house")],
    "block-54899bc7e4b09dc257b7f1fe": [X("athens"), X("athens")],
    "block-548977efe4b09dc257b7f1d5": [("moscow", "RUS", M)],
    "block-57d32dcbe4b07ac3d446aa97": [X("capitol hill"), X("washington")],
    # people said to be in the white house: a place, as 'a low profile in the white house'
    "block-57d2eec7e4b013613fffbb1e": [X("washington"), X("the white house"), X("washington")],
    "block-5a9eb9dee4b092260224396c": [X("london"), ("the kremlin", "RUS", M), ("moscow", "RUS", M),
        ("moscow", "RUS", M), ("kremlin", "RUS", M), X("london")],
    "block-5a9e889be4b0ca3be242dadc": [("downing street", "GBR", M)],
    "block-5a9e622ae4b05aa26cff71d4": [("kremlin", "RUS", M)],
    "block-563ce3e0e4b0ace666f8b85f": [X("moscow")],
    "block-563cccb9e4b0cfe9766d0721": [("the white house", "USA", M)],
    # ambassador to cairo: accredited to the government
    "block-563c8fc3e4b0fd5772b4d7e0": [("cairo", "EGY", M)],
    "block-563c73f6e4b0516e02ba5fe3": [X("cairo")],
    "block-561cd17ae4b0e86d13a6a8b6": [("moscow", "RUS", M)],
    # the kremlin 's missile brigade: the Russian state's
    "block-561cb6c1e4b0d14a06987aaf": [X("amsterdam"), X("kuala lumpur"), ("moscow", "RUS", M),
        ("the kremlin", "RUS", M), ("kiev", "UKR", M), ("the kremlin", "RUS", M)],
}


def main(shared):
    words, entries = selected_entries(shared, 2, set(GUARDIAN))
    assert [r["block_id"] for r in entries] == list(LABELS), "the labels do not follow the selection"
    judged = metonyms = with_metonym = 0
    for row in entries:
        doc, labels = row["block_id"], LABELS[row["block_id"]]
        occurrences = [m.group(0) for m in words.finditer(row["text"])]
        judged_words = [s[4:] if s.startswith("the ") and s[4:] in THE else s for s, _, _ in labels]
        assert occurrences == judged_words, f"{doc}: judged {judged_words}, found {occurrences}"
        judged += len(labels)
        found = sum(1 for _, actor, _ in labels if actor is not None)
        metonyms += found
        with_metonym += found > 0
    print(f"{len(entries)} entries, {judged} occurrences judged, {metonyms} metonyms, {judged - metonyms} not mentions, "
          f"{with_metonym} entries with a metonym")


if __name__ == "__main__":
    main(sys.argv[1])
