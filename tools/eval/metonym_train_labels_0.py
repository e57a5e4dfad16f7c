#!/usr/bin/env python3
"""Training hand labels of metonyms in the Guardian live-blog entries, made in the same way as metonym_labels.py and
metonym_heldout_labels.py, for training the metonym classifier (the first set tunes it and the held-out set measures it;
this set adds entries that neither of them holds). Offsets are found by metonym_labels.write_labels and written to
src/test/resources/eval/metonym-train-0-mentions.tsv (block ids, offsets, actor ids and kinds only, no text; same
columns as metonym-mentions.tsv).

Selection, fixed by rule before any labelling: the same candidate entries as metonym_labels.py (in file order, the 758
entries of ../shared/data/liveblogs-guardian-ukp/entries_russia_ukraine_subset.jsonl that contain a selection word as a
whole word; the selection words are those of metonym_labels.selection_words), of which every 5th from the 1st is taken
(indexes 0, 5, 10, ..., 755 of that list): 152 entries, less the one that is in the Guardian set of guardian_labels.py
(index 750; left out by rule, as that set is already labelled and in use): 151 entries. None of them is in the first
metonym set (indexes 4, 9, ...), the held-out set (indexes 2, 7, ...) or the Guardian set (all checked below).

Labelling: Claude (an AI model, working as annotator at a project developer's request) read every selected entry in
full, in batches of ten with the selection words marked, and judged every occurrence of a selection word (298), in
order, as a metonym (110, in 72 of the 151 entries; kind `metonym`, written to the tsv) or not an actor mention (188,
written here as X(...), on record but not written to the tsv). The set was labelled blind to the system: the actor
matcher, the metonym classifier and the evaluation were not run on these entries and their output was not looked at;
the only other labels consulted were the first and held-out sets' own judgements and comments, for consistency.

Metonyms by actor: RUS 56 (moscow 30, kremlin 26), USA 19 (white house 16, washington 3), GBR 14 (downing street 7,
number 10 4, london 2, whitehall 1), us_defense_department 13 (pentagon), TUR 2 (ankara), and one each for
gbr_parliament (westminster), EU (brussels), GRC (athens), CHN (beijing), UKR (kiev), EGY (cairo). Not mentions: moscow
81, london 32, washington 15 (two of them the US state), athens 7, paris 7, white house 5, pentagon 4, jerusalem 4,
brussels 4, westminster 4, berlin 3, cairo 3, "the bottom" 3 (twice in "get to the bottom of", once "the bottom half"),
kiev 2, amsterdam 2, and one each of damascus, bishkek, kingston (a London borough), vienna, beirut, minsk, downing
street, ankara, manila ("manila folders"), rome, capitol hill, kuala lumpur. Number 10 also acts once under a spelling
that is not a selection word ("no10", in a quoted tweet); it is not labelled, as the selection is fixed, and no other
place or building was found used as a metonym.

Rules: exactly those of metonym_labels.py's docstring (a capital or seat is a metonym when it stands for the government
or the body housed there as actor, speaker, holder of a view or power, or party acted upon, also after a preposition;
it is not a mention when it is where something happens or someone is, a name part or attribute, a market, a time zone,
the city's own affairs, the presidency as an office; title before a name labels the seat word; a "the" right before
kremlin, white house or pentagon is part of the surface; the same actor ids, with westminster -> gbr_parliament), and
the held-out set's recurring decisions ("ambassador to <capital>" is a metonym, "<body> spokesman / officials / press
service" label the seat word, "<seat> correspondent" does not). Cases that were hard to decide by these rules carry a
comment on their line saying how they were decided. Two further kinds of decision recur here: "ambassador in
<capital>", "officials in athens", "the government in kiev", "overseers on capitol hill" are places (a noun names the
actor and the city is its address), unlike "the kiev authorities" or "the moscow finance ministry", where the city word
itself picks out the body; and someone's "time in" or "tenure at the pentagon" is a place of work, as "mattis ... at the
pentagon" in the first set.

Usage: python3 tools/eval/metonym_train_labels_0.py ../shared/data > src/test/resources/eval/metonym-train-0-mentions.tsv
"""
import sys

from guardian_labels import LABELS as GUARDIAN
from metonym_heldout_labels import LABELS as HELD_OUT
from metonym_labels import LABELS as FIRST, M, X, write_labels

START = 0  # every 5th (metonym_labels.EVERY) of the candidate entries from this index

LABELS = {
    "block-53d11ba1e4b00fcfed2d4562": [("london", "GBR", M)],  # "russian ambassador to london": as "ambassador to
    # moscow" in the held-out set, the state the envoy is accredited to
    "block-53d0f6cfe4b0a4fb5d85fa71": [("moscow", "RUS", M)],  # "former ambassador to moscow", as above
    "block-58d025ace4b007e8557ede2a": [X("washington"), X("washington")],  # the US state (a congressman "from
    # washington not dc"), no capital
    "block-58cffd11e4b007e8557edd66": [("the kremlin", "RUS", M)],
    "block-5575b277e4b06840f0819ee3": [X("moscow"), X("moscow"), X("moscow"), X("moscow"), X("moscow"), X("moscow"),
        X("moscow"),
        X("moscow"),  # "moscow 's attempt to build a silicon valley": the city's own project in a blog about the
        # city, not the state acting
        X("moscow")],
    "block-557581e2e4b019d982cba84a": [X("moscow"), X("moscow"), X("moscow"), X("moscow"), X("moscow")],
    "block-5575388de4b0f3282588ba3e": [X("moscow"), X("moscow"), X("moscow"), X("moscow"), X("moscow")],
    "block-5570779ce4b0b82f8ee383d4": [X("moscow"), X("moscow"), X("moscow"), X("moscow"), X("moscow"), X("moscow"),
        X("moscow"), X("moscow"), X("moscow"), X("moscow"), X("moscow"), X("moscow"), X("moscow"), X("moscow"),
        X("moscow"), X("moscow")],
    "block-57fce5c7e4b03b22b4fb2435": [X("london"), X("london"), X("london"),
        X("london"),  # "london 's voice": the city's interests as put by its mayor, the city's own affairs
        X("london")],
    "block-57fcb56fe4b0eaaafbc951d1": [("westminster", "gbr_parliament", M)],  # hard: "devolution of power outside
    # westminster": the central seat as holder of power, as "power devolved from whitehall" in the first set
    "block-549a9011e4b086b7c9dab045": [X("london")],
    "block-54d289d9e4b093fcfe391345": [("the white house", "USA", M)],
    "block-54d2778ce4b0721916f67377": [("the white house", "USA", M)],
    "block-54d25fd8e4b0893cc1b211eb": [("the white house", "USA", M)],
    "block-54d23ef0e4b0bc0223f793d9": [X("pentagon")],  # hard: "his time in the pentagon": where he worked, as
    # "mattis ... at the pentagon" in the first set, not the department acting
    "block-54d23140e4b0c3cd649a9f7d": [X("pentagon")],  # "practical pentagon experience": an attribute of a
    # nominee, as "white house candidate" in the first set
    "block-54d2211ce4b007754db296b9": [X("pentagon"),  # "tenure at the pentagon": where he served, as above
        ("the pentagon", "us_defense_department", M), ("the pentagon", "us_defense_department", M)],
    "block-58a297bbe4b09b65848eb63b": [("washington", "USA", M), ("white house", "USA", M), ("the kremlin", "RUS", M),
        ("the white house", "USA", M), X("washington"), ("white house", "USA", M), ("moscow", "RUS", M)],
    "block-58a28b03e4b0fcbf4e7d5906": [("the kremlin", "RUS", M)],
    "block-58a25607e4b09b65848eb53b": [X("washington"), ("white house", "USA", M)],
    "block-59197fc6e4b0a8ea08b6e419": [("whitehall", "GBR", M)],  # hard: cyber security "taken seriously in
    # whitehall": the government departments as holders of a view, as "the mood in washington" in the first set
    "block-5540d0d7e4b0b8ad00be8491": [X("london")],
    "block-560c4e0fe4b06a9994446c0e": [("moscow", "RUS", M), X("jerusalem"),
        ("moscow", "RUS", M),  # hard: "comments to the contrary in moscow": the official word of the government,
        # as "comments ... from moscow" earlier in the entry, not a place where something happens
        ("the kremlin", "RUS", M), X("moscow"), X("washington")],
    "block-560c3084e4b06a9994446b96": [X("damascus")],
    "block-560c1b2ee4b025318eb6e05d": [X("white house"),  # hard: "at the white house, spokesperson ... says": where
        # the briefing is given, a place
        ("the white house", "USA", M), ("the kremlin", "RUS", M)],
    "block-560c0c59e4b025318eb6e017": [("the pentagon", "us_defense_department", M),  # hard: things "less
        # diplomatic at the pentagon": the department's tone, as "the mood in washington" in the first set
        X("pentagon")],  # "overheard at the pentagon": a place
    "block-560bf8d1e4b030d6815b5e40": [("the kremlin", "RUS", M)],
    "block-5ab285a5e4b034ce54aa7011": [("washington", "USA", M), ("downing street", "GBR", M),
        ("number 10", "GBR", M)],
    "block-5ab26fd8e4b044506eec0a8a": [("kremlin", "RUS", M), ("london", "GBR", M)],  # "right [for] london to tell
    # them what to do": the central government, as "decided by london" in the first set
    "block-5ab260e4e4b034ce54aa6df6": [("downing street", "GBR", M)],
    "block-5ab23081e4b0e9845cfda0cf": [("brussels", "EU", M)],  # hard: the government forced to "go back to
    # brussels to try for something better": back to the EU as the other party to the deal, not the city
    "block-5404754ce4b00f184315abf6": [X("athens"), X("paris")],
    "block-5492c9ede4b019234074e331": [X("berlin")],
    "block-5492ab36e4b08b9165ec745d": [X("moscow")],
    "block-54929fc0e4b00469d90dc95d": [X("moscow")],
    "block-5634d606e4b014cafaeb4bbe": [X("cairo")],
    "block-5634bb04e4b05da6ca74f1af": [X("bishkek")],
    "block-563494dde4b014cafaeb4b63": [X("moscow"), ("the kremlin", "RUS", M), X("cairo")],
    "block-5aa7fc55e4b0ccc2e5bc5d8e": [X("kingston"), X("london")],
    "block-5aa7de07e4b042c4125bc201": [X("moscow")],
    "block-5aa7bbfce4b0ccc2e5bc5a94": [X("moscow"),  # "the british ambassador in moscow": where the envoy is
        # posted, a place (unlike "ambassador to moscow")
        X("moscow")],
    "block-5aa79c0ae4b0d60f07ce4a5d": [("kremlin", "RUS", M)],
    "block-5773bda8e4b0759da0f94a5f": [X("moscow"), X("moscow")],
    "block-5654ad2fe4b0f4d54c31afc5": [X("moscow")],
    "block-56549946e4b01c6b61985c3e": [X("vienna")],
    "block-5654841de4b0c68ed655cf26": [X("paris")],
    "block-56547460e4b04ba1dc2b2dc0": [("moscow", "RUS", M),  # hard: "more sabre-rattling in moscow": threats from
        # the Russian political leadership, as "the mood in washington" in the first set, not an event's place
        ("ankara", "TUR", M)],
    "block-56545214e4b02e649deaa6bf": [X("brussels"), X("washington")],
    "block-5654466ce4b0130fd05d30c9": [("moscow", "RUS", M), ("moscow", "RUS", M), ("ankara", "TUR", M)],
    "block-56543285e4b0295a40197c7e": [X("beirut"), X("moscow"), ("the kremlin", "RUS", M)],
    "block-54bfbba9e4b0096ebcdfb10d": [X("paris")],
    "block-54bf83ffe4b0d2a9e12b8aef": [X("paris")],
    "block-54ecb68de4b0972c6bd251d9": [X("minsk")],
    "block-54ec7d1ce4b09418a5b8bce3": [("downing street", "GBR", M), ("downing street", "GBR", M)],
    "block-59397e73e4b0bdd87e2f4b15": [X("the bottom")],
    "block-59396b6ce4b0bdd87e2f4a9a": [("the kremlin", "RUS", M)],
    "block-593953c1e4b0bdd87e2f49f1": [X("white house")],  # "helicoptered out of the white house": out of the
    # presidency as an office, as "run for the white house" in the first set
    "block-564f78d8e4b019950d8727d4": [X("paris"), X("paris")],
    "block-5491b96fe4b0c6258a8a4274": [X("athens")],
    "block-549193e3e4b0f05d5cd391f2": [X("moscow"),
        X("moscow"),  # "big news from moscow": where the news comes from, as "reports from kiev" in the first set
        X("moscow")],
    "block-5491656fe4b017bd53de1bf7": [X("moscow"),
        ("moscow", "RUS", M),  # "the moscow finance ministry": the government's ministry, as "the kiev authorities"
        ("the kremlin", "RUS", M),
        X("brussels"),  # "a european official in brussels": where the official is, as "in brussels" in the held-out set
        X("moscow"), X("moscow")],
    "block-549154d0e4b0f05d5cd391b6": [X("moscow")],
    "block-54912660e4b0295e49f72442": [("athens", "GRC", M),  # hard: "the athens parliament" expected to reject a
        # candidate: the Greek parliament acting, as "the kiev authorities"; the state's id, as the rules give
        X("moscow"), X("athens")],  # markets "spooked by events in" the two capitals: where things happen
    "block-58e7dd8de4b0e0ec04efec50": [("the pentagon", "us_defense_department", M), ("the white house", "USA", M)],
    "block-58e7c51ae4b0e0ec04efebee": [("the white house", "USA", M),
        X("white house"),  # hard: a photo taken "in the obama white house in 2011": in the building, a place
        ("the white house", "USA", M), ("beijing", "CHN", M)],
    "block-58e765ffe4b05776df18b71f": [X("athens"),  # "officials in athens told the guardian": where the officials
        # are, as "a european official in brussels" above
        ("number 10", "GBR", M)],
    "block-58e755e5e4b0e0ec04efe9c3": [X("moscow")],
    "block-58e732f8e4b05776df18b63e": [("moscow", "RUS", M), ("moscow", "RUS", M),
        ("the pentagon", "us_defense_department", M), ("pentagon", "us_defense_department", M)],
    "block-58e723e3e4b05b487c0e00fb": [X("moscow"), ("the kremlin", "RUS", M),
        ("the pentagon", "us_defense_department", M), ("the kremlin", "RUS", M),
        ("moscow", "RUS", M)],  # "how these discussions looked from moscow": the Russian government's view
    "block-58e70230e4b05b487c0e008d": [("the pentagon", "us_defense_department", M), ("moscow", "RUS", M),
        ("the pentagon", "us_defense_department", M), ("the pentagon", "us_defense_department", M)],
    "block-58e6fb3fe4b05776df18b598": [("the pentagon", "us_defense_department", M),
        ("pentagon", "us_defense_department", M)],  # a tweet's "pentagon :" before its statement: the speaker
    "block-563a9b7ce4b0a98ee918c6fa": [X("cairo")],
    "block-563a6358e4b08eefa4b96ec5": [X("moscow"), X("london"), X("moscow"), X("moscow")],
    "block-563a4869e4b08eefa4b96e81": [("downing street", "GBR", M)],
    "block-591de64fe4b0ca009308db9d": [X("jerusalem")],
    "block-53ff4f8ce4b04e2fe1fa853f": [X("moscow")],
    "block-54087042e4b0754557470b0c": [("number 10", "GBR", M)],
    "block-540831b5e4b0d5eb3df35573": [X("london")],
    "block-5406e5fbe4b01e8c1d222f6c": [X("berlin")],
    "block-5aa9714ae4b0acd9bdfd4a66": [X("london")],
    "block-5aa9499ee4b0acd9bdfd482e": [("downing street", "GBR", M)],
    "block-5aa92441e4b0acd9bdfd45d0": [X("moscow")],
    "block-5aa90af8e4b0e01f75aa6784": [("moscow", "RUS", M), ("moscow", "RUS", M)],
    "block-5aa8ef13e4b00fe328b04cb1": [X("downing street")],
    "block-57d08fd4e4b0c1d95ae14664": [X("washington")],
    "block-57cfefdde4b0c1d95ae14353": [X("white house"), ("moscow", "RUS", M)],  # a hacker "linked to moscow": to
    # the Russian state
    "block-591cfb2fe4b0ca009308d7c0": [("pentagon", "us_defense_department", M)],
    "block-591cdc3ee4b0ca009308d75e": [("the white house", "USA", M)],
    "block-591cccfce4b0ca009308d729": [("the white house", "USA", M)],
    "block-591c46dee4b0ca009308d4b5": [X("washington"), ("moscow", "RUS", M)],  # information "leaked to moscow" via
    # the president's talk with the foreign minister: the Russian government as the party it reached
    "block-59403534e4b0bdd87e2f6786": [X("the bottom")],
    "block-585d1c90e4b0d460757ebde6": [("moscow", "RUS", M)],
    "block-585d08c8e4b0966513aed01e": [("the kremlin", "RUS", M), X("moscow")],
    "block-585cf61be4b0966513aecfc3": [("kremlin", "RUS", M)],
    "block-585bbc33e4b0966513aeca54": [X("moscow"), X("ankara"), X("berlin"), ("the kremlin", "RUS", M), X("moscow"),
        X("moscow")],
    "block-5673ee7ee4b0fcd39b5708bb": [X("the bottom")],  # "the bottom half" of households, no place at all
    "block-55eed2e3e4b0f3f3043ad160": [("kremlin", "RUS", M)],
    "block-55eed02be4b0fd3fbcd75662": [("the kremlin", "RUS", M)],
    "block-591056ade4b07939cb697fd4": [X("brussels")],  # a hashtag in a quoted tweet ("# brussels # eu"): a topic
    # tag, not the EU acting or acted upon
    "block-59103012e4b0d608cb082953": [X("paris")],
    "block-53ff9d6fe4b0084228cf859a": [("kiev", "UKR", M)],
    "block-53ff8334e4b0231e2167f0e1": [("the white house", "USA", M)],
    "block-53ff7805e4b04e2fe1fa8568": [("moscow", "RUS", M)],
    "block-53d7c9e1e4b06196dcd8ba66": [("moscow", "RUS", M),
        X("kiev")],  # hard: "the government in kiev": the noun names the actor and the city is its address (as
        # "officials in athens" above), unlike "the kiev authorities", where the city word itself picks the body
    "block-53d769c5e4b0dea6a4a76490": [("kremlin", "RUS", M)],
    "block-53d748a1e4b00fb5a109b40e": [X("london")],
    "block-54c7b67ce4b089fc373362b8": [("kremlin", "RUS", M)],
    "block-54c7a923e4b0bff06d866541": [X("moscow")],
    "block-54c789aee4b089fc37336259": [X("moscow"), X("london")],
    "block-54c77b27e4b026561948369a": [X("london")],
    "block-54c76855e4b089fc373361ef": [X("london")],
    "block-54c75c05e4b0265619483670": [X("london"), X("london")],
    "block-549808f6e4b0919fd47e8b4a": [X("moscow")],
    "block-5497cbd6e4b00469d90dcb3d": [X("moscow")],
    "block-5aaa7b89e4b0acd9bdfd50e0": [("the kremlin", "RUS", M)],
    "block-5aaa6775e4b0d7d09c5c7cad": [X("westminster")],
    "block-5aaa58f1e4b0d7d09c5c7bd8": [X("moscow")],
    "block-5aaa345de4b0f83efb4673fb": [("moscow", "RUS", M)],  # not "sending a sample to moscow, as the russians
    # have requested": to the Russian government, the party that asked
    "block-5887571ee4b0d7c340749615": [X("london")],
    "block-5876590ce4b0c0afac91fb2c": [X("manila")],  # "manila folders": a kind of folder, no place
    "block-58761216e4b0710de27b869e": [("washington", "USA", M)],
    "block-587f8997e4b01065cf597dc1": [X("london")],
    "block-54904191e4b017bd53de1ac0": [("moscow", "RUS", M)],
    "block-549032d9e4b017bd53de1aa2": [X("moscow")],
    "block-54901d4ce4b017bd53de1a6e": [X("moscow"),
        ("moscow", "RUS", M)],  # "desperation emanating from moscow" after the central bank's hike: the authorities'
        # stance, as "the official word out of moscow" in the first set
    "block-59f81231a885b806b2a4eda2": [X("rome"), X("london"), X("washington"), X("london"), X("washington")],
    "block-59f7cdb0a885b806b2a4ec7a": [("moscow", "RUS", M), ("the kremlin", "RUS", M)],
    "block-59f76962833bbe06d81676b0": [("white house", "USA", M),
        ("white house", "USA", M)],  # a video title "white house : no sign of collusion ...": the speaker
    "block-59f74c48a885b806b2a4e813": [X("washington")],
    "block-5aa6c590e4b042c4125bbb74": [("moscow", "RUS", M)],
    "block-5aa6a81fe4b0d60f07ce44c9": [X("westminster"), X("westminster")],
    "block-5aa699f4e4b0d60f07ce441c": [X("brussels")],
    "block-5aa66429e4b07bba318ae2ef": [X("westminster"), ("downing street", "GBR", M), ("number 10", "GBR", M)],
    "block-5525428ae4b0aca9c2ca3f1a": [X("moscow")],
    "block-55251ad1e4b028951226e41b": [X("moscow")],
    "block-5524f4e1e4b08caf50c1ee2e": [X("athens"), X("moscow"), X("moscow"), ("moscow", "RUS", M)],
    "block-53e1f7bce4b00fc3690dcfdb": [X("athens")],
    "block-540eba12e4b0678f1b1107b3": [X("amsterdam")],
    "block-585441c6e4b0525ea8569379": [X("washington")],
    "block-5489bdbfe4b0d8ab349dc9ed": [X("washington"),  # "news from washington": where the imf is, a place
        X("athens")],
    "block-54897f72e4b0331e7ff7e037": [("moscow", "RUS", M)],  # the rouble's fall "a blow to moscow" after its
    # rate hike: the authorities as the party hit
    "block-54893df5e4b0d8ab349dc97c": [X("moscow"), X("london"), X("moscow"), X("moscow")],
    "block-57d310efe4b013613fffbbac": [X("washington")],
    "block-57d29f46e4b013613fffb965": [X("white house"), ("moscow", "RUS", M),
        X("capitol hill"),  # "its legislative overseers on capitol hill": the noun names the actor and the hill is
        # its address, as "the government in kiev" above
        X("washington")],
    "block-5a9ea6a9e4b06779059bb3fb": [X("moscow")],
    "block-5a9e6766e4b091caf4df7cda": [("kremlin", "RUS", M), X("moscow"), ("the kremlin", "RUS", M), X("kiev"),
        ("moscow", "RUS", M)],
    "block-563d172be4b09da63347fc84": [("moscow", "RUS", M)],
    "block-563cd056e4b09da63347fbe8": [X("london")],
    "block-563cb0f9e4b0cfe9766d06c0": [X("jerusalem"), X("jerusalem"),  # "ansar jerusalem": a group's name
        ("cairo", "EGY", M), ("moscow", "RUS", M), ("the kremlin", "RUS", M)],
    "block-563c7f2ee4b0bff0d76b7913": [X("london"), X("london"), X("london"), X("london"), X("london"), X("london"),
        X("london"), X("london"), X("london")],
    "block-561cc9d7e4b0f354ff5f30a8": [X("amsterdam"), X("kuala lumpur")],
}


def main(shared):
    write_labels(shared, LABELS, START, [FIRST, GUARDIAN, HELD_OUT], leave_out=set(GUARDIAN))


if __name__ == "__main__":
    main(sys.argv[1])
