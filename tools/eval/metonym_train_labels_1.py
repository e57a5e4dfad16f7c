#!/usr/bin/env python3
"""Training hand labels of metonyms in the Guardian live-blog entries, for the metonym classifier: a third set made in
the same way as metonym_labels.py and metonym_heldout_labels.py, on entries that neither of them holds, so that the
classifier can be trained here and still be measured on the first and held-out sets. Offsets are found by
metonym_labels.write_labels and written to src/test/resources/eval/metonym-train-1-mentions.tsv (block ids, offsets,
actor ids and kinds only, no text; same columns as metonym-mentions.tsv).

Selection, fixed by rule before any labelling: the same candidate entries as metonym_labels.py (in file order, the 758
entries of ../shared/data/liveblogs-guardian-ukp/entries_russia_ukraine_subset.jsonl that contain a selection word as a
whole word; the selection words are those of metonym_labels.selection_words), of which every 5th from the 2nd is taken
(indexes 1, 6, 11, ..., 756 of that list): 152 entries. Entries of the Guardian set of guardian_labels.py are left out
by rule (none falls on these indexes). None of them is in the first metonym set (indexes 4, 9, ...), the held-out set
(indexes 2, 7, ...) or the Guardian set (all three checked below).

Labelling: Claude (an AI model, working as annotator at a project developer's request) read every selected entry in
full, in batches of ten with the selection words marked, and judged every occurrence of a selection word (260), in
order, as a metonym (104, in 70 of the 152 entries; kind `metonym`, written to the tsv) or not an actor mention (156,
written here as X(...), on record but not written to the tsv). The set was labelled blind to the system: the actor
matcher, the metonym classifier and the evaluation were not run on these entries and their output was not looked at;
the only other labels consulted were the first and held-out sets' own judgements of like phrases, for consistency.

Metonyms by actor: RUS 47 (moscow 26, kremlin 21), USA 28 (white house 24, washington 4), us_defense_department 13
(pentagon), GBR 8 (downing street 4, number 10 2, whitehall 1, london 1), UKR 2 (kiev), and one each for
gbr_parliament (westminster), CHN (beijing), SYR (damascus), IRN (tehran), FRA (paris), EU (brussels). Not mentions:
moscow 49, london 36, washington 18, paris 10, white house 8, westminster 4, kremlin 4, brussels 3, cairo 3, baghdad 2,
tehran 2, ankara 2, and one each of minsk, luxembourg (a Paris garden's name), damascus, tallinn, tripoli, douglas (a
surname), capitol hill, warsaw, abu dhabi, stanley (in a bank's name), victoria (a first name), vienna, athens,
amsterdam, kuala lumpur. No other place or building was found used as a metonym in these entries ("the hague" and
"west wing" occur as places; "foreign office" and "state department" are names).

Rules: exactly those of metonym_labels.py's docstring (a capital or seat is a metonym when it stands for the government
or the body housed there as actor, speaker, holder of a view or power, or party acted upon, also after a preposition;
it is not a mention when it is where something happens or someone is, a name part or attribute, a market, a time zone,
the city's own affairs, the presidency as an office run for; title before a name labels the seat word; a "the" right
before kremlin, white house or pentagon is part of the surface, also where it belongs to a longer phrase, as in "the
white house counsel" in the held-out set; the same actor ids). Cases that were hard to decide by these rules carry a
comment on their line saying how they were decided. Decisions that recur: "<capital> 's foreign ministry" is a
metonym (the state's ministry, as "the kremlin 's strategy"), while "the government in <capital>" and "<country> 's
envoy in <capital>" are places (the seat or post of a body named beside it, unlike "the kiev government" and
"ambassador to <capital>"); "<seat> press conference / briefing / counsel / official photographer" label the seat word
as a metonym, while "the <seat> briefing room" and a press conference "at" or "in" the seat do not.

Usage: python3 tools/eval/metonym_train_labels_1.py ../shared/data > src/test/resources/eval/metonym-train-1-mentions.tsv
"""
import sys

from guardian_labels import LABELS as GUARDIAN
from metonym_heldout_labels import LABELS as HELD_OUT
from metonym_labels import LABELS as FIRST, M, X, write_labels

START = 1  # every 5th (metonym_labels.EVERY) of the candidate entries from this index

LABELS = {
    "block-53d11830e4b06a108bf08a8b": [X("london")],
    "block-53d0cdffe4b00fcfed2d4506": [X("london")],
    "block-58d0211de4b01ea2330ba5e9": [X("washington"), X("washington")],  # the us state (a congressman's)
    "block-58cff3b3e4b0a411e9ab6ae1": [("the white house", "USA", M), ("white house", "USA", M)],
    "block-5575a8a8e4b0f9a3b096a356": [X("moscow"), X("moscow"), X("moscow")],
    "block-55757bbee4b0f3282588bb22": [X("moscow"), X("moscow"), X("moscow"), X("moscow")],
    "block-5575350ee4b019d982cba735": [X("moscow"), X("moscow"), X("moscow")],
    "block-57fd1688e4b05d915e423ede": [X("london")],
    "block-57fce4f6e4b05d915e423dc0": [X("westminster")],
    "block-57fcb481e4b088a03a67d5a1": [("westminster", "gbr_parliament", M)],  # hard: something "not acknowledged
    # in westminster": the parliament as holder of a view (as "the mood in washington"), not where an event is
    "block-549a7ddee4b0b9ba12afcc32": [X("london")],
    "block-54d281e8e4b046dcf5a0a4f8": [X("minsk")],
    "block-54d26a6ee4b0361f376c0948": [("the pentagon", "us_defense_department", M)],
    "block-54d258eae4b016238c5d2916": [("the white house", "USA", M)],
    "block-54d23e1ae4b0a14b6bd768da": [("the pentagon", "us_defense_department", M)],
    "block-54d22fcee4b0d70309915baa": [("the pentagon", "us_defense_department", M)],
    "block-54d21f77e4b007754db296b8": [("pentagon", "us_defense_department", M),
        ("pentagon", "us_defense_department", M), X("washington")],
    "block-58a29572e4b09b65848eb633": [X("washington")],  # "washington dc can be a rough town": the town
    "block-58a28992e4b09b65848eb602": [X("washington")],
    "block-58a25511e4b0fcbf4e7d5848": [("white house", "USA", M)],
    "block-591966ece4b0762dda0bb090": [X("brussels")],
    "block-5540cdd7e4b0b0ee34c7eae7": [X("moscow")],  # "mission control moscow": a name, no state actor
    "block-560c4b8ee4b025318eb6e132": [("the white house", "USA", M), ("the pentagon", "us_defense_department", M),
        ("white house", "USA", M), ("moscow", "RUS", M)],
    "block-560c2925e4b06a9994446b7e": [("kremlin", "RUS", M), X("london")],
    "block-560c1747e4b025318eb6e04d": [X("white house")],  # "back at the white house", a spokesperson speaks: where
    # the briefing is (as "talks with obama at the white house" in the first set)
    "block-560c0a25e4b06a9994446b0e": [X("baghdad")],  # the coalition "protecting" the city: a place defended
    "block-560bf9f4e4b030d6815b5e47": [X("moscow")],
    "block-5ab28543e4b044506eec0bd5": [X("moscow"),
        ("moscow", "RUS", M),  # hard: a briefing at "moscow 's foreign ministry": the state's ministry, the state as
        # holder (as "the kremlin 's strategy"), though the briefing is also held there
        X("london")],
    "block-5ab26d16e4b044506eec0a54": [X("washington")],
    "block-5ab252b8e4b01a4d38ba87be": [X("westminster")],
    "block-5ab2236ae4b046165507d0ad": [X("brussels")],  # a deal "agreed in brussels": where it was agreed
    "block-54046d25e4b0adfd01f73cf7": [X("moscow")],
    "block-5492c0d8e4b08b9165ec7478": [X("tehran"), X("tehran")],
    "block-5492a7cde4b0919fd47e8728": [X("moscow"), X("moscow"), X("moscow")],  # "the moscow government": the city's
    "block-549287c2e4b0919fd47e86fe": [X("moscow"), X("moscow"), ("the kremlin", "RUS", M)],
    "block-5634cecde4b05da6ca74f1d0": [X("moscow")],
    "block-5634ba85e4b014cafaeb4b89": [X("cairo")],
    "block-56349253e4b014cafaeb4b61": [X("moscow")],
    "block-5aa7f9e3e4b042c4125bc391": [("moscow", "RUS", M)],
    "block-5aa7dab4e4b0ccc2e5bc5bf4": [X("white house"), X("washington")],
    "block-5aa7babde4b0ccc2e5bc5a7f": [("the white house", "USA", M), ("white house", "USA", M)],
    "block-5aa79900e4b042c4125bbefd": [("the white house", "USA", M), ("the white house", "USA", M)],
    "block-576bff26e4b0f4303810945a": [X("westminster")],
    "block-5654a90ce4b043bd8b72ee15": [X("white house"), ("the white house", "USA", M)],
    "block-565497f8e4b0542abdbf463e": [X("white house"), X("paris"), X("luxembourg"), X("paris")],
    "block-56548023e4b048c187b485ce": [("moscow", "RUS", M)],  # "a tough day for moscow": the state that lost a
    # helicopter, the party acted upon
    "block-5654608fe4b0130fd05d3136": [
        X("ankara"),  # hard: "russia 's envoy in ankara": where the envoy is posted, a place (unlike "ambassador to")
        X("brussels")],
    "block-565451b4e4b0130fd05d30f9": [X("ankara")],
    "block-56543d89e4b0295a40197c9e": [X("moscow")],
    "block-54bfee27e4b0096ebcdfb1ac": [("beijing", "CHN", M)],
    "block-54bfa4afe4b0387b583fc048": [X("paris"), X("paris")],
    "block-54bf7fefe4b0c8783254e753": [X("paris"), X("paris"), X("paris")],
    "block-54eca953e4b0432395dcb733": [("moscow", "RUS", M)],
    "block-54ec705de4b0e5ebccd108e5": [X("westminster")],
    "block-59397d62e4b00493c827ab3a": [("the white house", "USA", M)],  # "the white house counsel": a title
    "block-59396311e4b0bdd87e2f4a56": [("the white house", "USA", M)],
    "block-59395219e4b0bdd87e2f49e9": [X("washington")],  # hard: "why people hate washington": the town and its
    # political culture (the quoted tweet: "this town", bar queues), not the government acting or acted upon
    "block-564f74d5e4b0511f7b1dc4b1": [X("paris")],
    "block-5491b877e4b0919fd47e8622": [("moscow", "RUS", M)],  # an oil price rise "will cheer moscow": the
    # government as holder of a view
    "block-54918f94e4b0295e49f72485": [X("moscow"), X("moscow"), X("moscow")],
    "block-5491634fe4b07a51e943a14b": [X("moscow"), X("moscow")],
    "block-54914cdfe4b07a51e943a128": [("moscow", "RUS", M), X("london")],
    "block-58e802aee4b0e0ec04efecd5": [("washington", "USA", M), ("moscow", "RUS", M), X("moscow"),
        ("the pentagon", "us_defense_department", M), ("the white house", "USA", M)],
    "block-58e7e2f5e4b05b487c0e046e": [("damascus", "SYR", M)],
    "block-58e7bc7fe4b05776df18b8e0": [("the pentagon", "us_defense_department", M), ("washington", "USA", M),
        ("the pentagon", "us_defense_department", M), ("tehran", "IRN", M)],
    "block-58e7651ee4b05776df18b71b": [("washington", "USA", M)],
    "block-58e74f30e4b0e0ec04efe9a8": [X("damascus")],
    "block-58e72cb9e4b05776df18b62a": [("the kremlin", "RUS", M), ("washington", "USA", M)],
    "block-58e721e7e4b05b487c0e00f5": [("downing street", "GBR", M)],
    "block-58e70581e4b0e0ec04efe8a2": [("the pentagon", "us_defense_department", M), ("moscow", "RUS", M),
        ("the pentagon", "us_defense_department", M)],
    "block-58e6f95ae4b05b487c0e0074": [("the pentagon", "us_defense_department", M),
        ("pentagon", "us_defense_department", M)],
    "block-563a93ede4b0a98ee918c6f1": [X("washington"), ("white house", "USA", M)],
    "block-563a59e1e4b08cd6489b7066": [X("london")],
    "block-563a44a9e4b0a98ee918c642": [("downing street", "GBR", M)],
    "block-591db11ee4b0a9ae59334e65": [X("washington")],  # hard: "washington still abuzz over news": the town's
    # political world talking, not the government acting or holding a view
    "block-53ff017fe4b0231e2167f03d": [X("moscow")],  # a market sell-off "in moscow"
    "block-54084f27e4b0d5eb3df355b0": [("paris", "FRA", M), ("the white house", "USA", M)],
    "block-540812b4e4b0754557470a3d": [X("baghdad")],  # hard: "a legitimate government in baghdad": the seat of the
    # government as a place; the actor is the government named beside it
    "block-5406d17fe4b076be556b39a4": [X("tallinn")],
    "block-5aa96c00e4b0f83efb46705f": [X("london")],
    "block-5aa9460de4b0acd9bdfd47f6": [X("moscow")],
    "block-5aa92217e4b0f83efb466c19": [X("moscow"), ("moscow", "RUS", M)],
    "block-5aa90569e4b02bc544442056": [("moscow", "RUS", M)],
    "block-5aa8ebcde4b0e01f75aa667e": [X("moscow"), ("kremlin", "RUS", M), ("the kremlin", "RUS", M),
        ("moscow", "RUS", M)],
    "block-57d06852e4b0c1d95ae145b1": [X("tripoli"), X("douglas")],  # "douglas": a surname
    "block-591d20eae4b03ddbc8d5a8a9": [("the white house", "USA", M)],
    "block-591cf7b8e4b03ddbc8d5a823": [("the white house", "USA", M)],  # "the white house counsel": a title
    "block-591cdab1e4b0ca009308d757": [("white house", "USA", M),
        ("white house", "USA", M)],  # hard: "an official white house photographer": a post on the White House
        # staff (as "white house officials"), unlike a newspaper's "white house correspondent"
    "block-591c9c7ee4b03ddbc8d5a6d6": [X("capitol hill")],  # "democrats on capitol hill": where they sit, as "the
    # snp leader at westminster"
    "block-594052bfe4b0be3ed19261b1": [("the white house", "USA", M)],
    "block-5940342be4b0be3ed192612d": [("the white house", "USA", M)],
    "block-585d1600e4b0d460757ebdcb": [("kremlin", "RUS", M)],  # hard: a photo credit ("sputnik/kremlin/epa"): the
    # presidential press service as the source of the picture (agencies credited are actors, as "ap")
    "block-585d0696e4b0d460757ebd7c": [X("warsaw"),  # "the government in warsaw": its seat, as "government in baghdad"
        ("moscow", "RUS", M)],
    "block-585cf42ee4b0966513aecfb9": [("moscow", "RUS", M)],
    "block-59f883a370e752069531e515": [("the kremlin", "RUS", M)],  # "the kremlin-allied media outlets": the "the"
    # right before kremlin is written as part of the surface, by the rule
    "block-5673e9a9e4b0fcd39b570741": [X("washington")],
    "block-55eed2d3e4b0fd3fbcd75764": [("the kremlin", "RUS", M), ("the kremlin", "RUS", M)],
    "block-55eea0e4e4b0f3f3043aceb2": [("the kremlin", "RUS", M), ("the kremlin", "RUS", M), ("kremlin", "RUS", M),
        X("moscow"), ("the kremlin", "RUS", M)],
    "block-59105176e4b07939cb697fbb": [X("london"), ("downing street", "GBR", M)],
    "block-59102724e4b0d608cb08292f": [("the kremlin", "RUS", M)],
    "block-53ff919ce4b0231e2167f0e8": [X("white house"), X("washington")],  # "the white house briefing room": a room
    "block-53ff81d2e4b04e2fe1fa856c": [("moscow", "RUS", M)],
    "block-53ff7794e4b0231e2167f0d1": [X("washington")],
    "block-53d77f35e4b0dea6a4a764b2": [X("london")],
    "block-53d76385e4b0b98ad30b174b": [X("london"), X("london"), X("london")],  # housing markets
    "block-53d74436e4b0686d64203f3a": [("moscow", "RUS", M)],
    "block-54c7b164e4b0bff06d866557": [X("london"), X("moscow"), X("moscow"), X("london"), X("london"), X("moscow")],
    "block-54c7a805e4b087a04fca561d": [("the kremlin", "RUS", M),
        ("the kremlin", "RUS", M)],  # hard: crime "organised directly from the offices of the kremlin": by the
        # Russian leadership (the body housed there as actor), not a location named for its own sake
    "block-54c786b9e4b0bff06d8664e8": [X("london"), X("london")],
    "block-54c77a4ee4b089fc37336224": [X("london"), X("london")],
    "block-54c76769e4b089fc373361ec": [X("london")],
    "block-549820cee4b0919fd47e8b7c": [X("moscow")],
    "block-5497ff26e4b0919fd47e8b37": [X("moscow"), ("moscow", "RUS", M)],
    "block-5497c149e4b0919fd47e8b16": [X("abu dhabi")],
    "block-5aaa782ce4b0d7d09c5c7d8c": [X("moscow")],
    "block-5aaa6564e4b0f83efb4675cc": [X("london")],
    "block-5aaa587ce4b0d7d09c5c7bd2": [("the kremlin", "RUS", M)],
    "block-5aaa360ee4b0d7d09c5c7ad6": [("the kremlin", "RUS", M)],
    "block-58769d15e4b0f10ba20b7271": [X("paris"), X("paris")],
    "block-587653b2e4b0f10ba20b70a9": [X("white house")],  # "his bid for the white house": the presidency
    "block-5875ff66e4b0c0afac91fa10": [("moscow", "RUS", M), ("the kremlin", "RUS", M), X("moscow"),
        ("moscow", "RUS", M)],
    "block-587f4354e4b0f0efb00f52ae": [X("london"), X("stanley"), X("london")],  # "morgan stanley": a bank's name
    "block-549047a6e4b0f05d5cd39137": [("moscow", "RUS", M)],
    "block-549031c3e4b0295e49f723c2": [X("moscow")],
    "block-549007ece4b07a51e9439f86": [("moscow", "RUS", M)],  # "moscow is suffering" under western sanctions: the
    # sanctioned state, the party acted upon
    "block-59f80b03833bbe06d8167a74": [("white house", "USA", M)],
    "block-59f7cb53a885b806b2a4ec6e": [X("washington")],
    "block-59f76683a885b806b2a4e9b0": [("the white house", "USA", M)],
    "block-59f747585fb4be07304169fa": [X("london"), X("london")],
    "block-5aa6c325e4b0d60f07ce465c": [("the kremlin", "RUS", M)],
    "block-5aa6a4eee4b0d60f07ce4497": [X("victoria")],  # a first name
    "block-5aa6970ae4b0ccc2e5bc52ef": [X("london")],
    "block-5aa65149e4b02e97675d38ed": [X("london"), X("london"),  # the mayor's city hall: the city's own affairs
        ("number 10", "GBR", M)],  # "the number 10 lobby briefing": the body's press briefing
    "block-55252e94e4b0ee22964918b1": [X("kremlin")],  # "the press conference room in the kremlin": a room
    "block-55250860e4b0a7939d1e3e05": [X("moscow"), X("kremlin"), X("moscow"), X("moscow"), X("kremlin"),
        X("kremlin"), ("moscow", "RUS", M),
        ("moscow", "RUS", M),  # hard: "a strategy in moscow" to split europe: the government's strategy (as
        # "mull them over in" the capitals in the held-out set), not an event located there
        ("moscow", "RUS", M), X("moscow"),
        ("brussels", "EU", M),  # hard: "in brussels, the visit will be watched with trepidation": the EU as holder
        # of a view (as "the mood in washington"), not an arena of business
        X("moscow")],
    "block-5524f16ce4b0f0f0388f2989": [X("moscow"), X("vienna")],
    "block-53e1f4dde4b0afc34d1e45a6": [X("london")],
    "block-540ea7ece4b0ce3d9c4800dd": [("kiev", "UKR", M)],
    "block-58543db8e4b0010b9dd82853": [X("white house")],  # "the white house briefing room": a room
    "block-5489b7cee4b0d8ab349dc9e7": [X("athens")],
    "block-54897bc4e4b0d8ab349dc9a1": [X("moscow")],
    "block-57d336c0e4b013613fffbc33": [X("washington"),
        X("white house"),  # people alleged to be "in the white house": inside it, as in the held-out set
        X("washington")],
    "block-57d3057ae4b07ac3d446aa0f": [X("washington"), X("washington")],
    "block-5a9ec2d6e4b0e175dd2b515e": [("downing street", "GBR", M),
        ("whitehall", "GBR", M)],  # hard: "officials from across whitehall": the government departments as the
        # body the officials belong to (as "white house officials"), not the street
    "block-5a9e97f0e4b0ca3be242dbde": [X("london"), ("kremlin", "RUS", M), X("london"), ("moscow", "RUS", M),
        ("london", "GBR", M)],  # "moscow 's problem, not london 's": the two governments
    "block-5a9e6625e4b00dc7ffb8aac0": [X("london")],
    "block-563cfb8ee4b09da63347fc63": [X("moscow"), X("london")],
    "block-563cce16e4b0bbf4cf2cd204": [("number 10", "GBR", M)],
    "block-563c91c8e4b0bbf4cf2cd135": [X("cairo"), X("cairo")],
    "block-563c752ee4b0516e02ba5fea": [X("london")],  # "in london a government source" said: where, beside sharm
    "block-561ce1e4e4b0c167a4dfe8b4": [("moscow", "RUS", M)],
    "block-561cc88ee4b0f354ff5f309e": [X("amsterdam"), X("kuala lumpur"), ("kiev", "UKR", M)],
}


def main(shared):
    write_labels(shared, LABELS, START, [FIRST, GUARDIAN, HELD_OUT], leave_out=set(GUARDIAN))


if __name__ == "__main__":
    main(sys.argv[1])
