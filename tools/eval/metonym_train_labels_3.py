#!/usr/bin/env python3
"""Training hand labels of metonyms in the Guardian live-blog entries, made in the same way as metonym_labels.py and
metonym_heldout_labels.py, as a TRAINING set for the metonym classifier. Offsets are found by
metonym_labels.write_labels and written to src/test/resources/eval/metonym-train-3-mentions.tsv (block ids, offsets,
actor ids and kinds only, no text; same columns as metonym-mentions.tsv).

Selection, fixed by rule before any labelling: the same candidate entries as metonym_labels.py (in file order, the 758
entries of ../shared/data/liveblogs-guardian-ukp/entries_russia_ukraine_subset.jsonl that contain a selection word as a
whole word; the selection words are those of metonym_labels.selection_words), of which every 5th from the 4th is taken
(indexes 3, 8, 13, ..., 753 of that list): 151 entries, less the one that is in the Guardian set of guardian_labels.py
(index 578; left out by rule, as that set is already labelled and in use): 150 entries. None of them is in the first
metonym set (indexes 4, 9, ...), the held-out set (indexes 2, 7, ...) or the Guardian set (all checked below).

Labelling: Claude (an AI model, working as annotator at a project developer's request) read every selected entry in
full, in batches of ten with the selection words marked, and judged every occurrence of a selection word (257), in
order, as a metonym (109, in 71 of the 150 entries; kind `metonym`, written to the tsv) or not an actor mention (148,
written here as X(...), on record but not written to the tsv). The set was labelled blind to the system: the actor
matcher, the metonym classifier and the evaluation were not run on these entries and their output was not looked at;
the only other labels consulted were the first and held-out sets' own judgements of like phrases, for consistency.

Metonyms by actor: RUS 54 (moscow 29, kremlin 25), USA 31 (white house 26, washington 5), us_defense_department 7
(pentagon), GBR 5 (downing street 2, number 10 2, london 1), UKR 3 (kiev), us_congress 2 (capitol hill), IRN 2
(tehran), and one each for DEU (berlin), GRC (athens), FRA (paris), CHN (beijing), EU (brussels). Not mentions: moscow
41, london 36, washington 10, white house 8, paris 7, cairo 5, beirut 3, ankara 3, athens 3, brussels 3, "the bottom" 3
("get to the bottom of", "the bottom line"), tallinn 3, berlin 2, westminster 2, victoria 2 (a first name), vienna 2,
kremlin 2, and one each of stockholm, douglas (a first name), ottawa, beijing, pentagon, riga, vilnius, baghdad,
singapore (the city-state named as a country in a ranking), elysee, lima (a surname), kingston (kingston upon hull),
dublin (a surname). Outside the selection words, "frankfurt" stands for the central bank in one entry and Number 10
appears as a twitter handle ("@ 10downingstreet") in another; they are not labelled, as the selection is fixed.

Rules: exactly those of metonym_labels.py's docstring (a capital or seat is a metonym when it stands for the government
or the body housed there as actor, speaker, holder of a view or power, or party acted upon, also after a preposition;
it is not a mention when it is where something happens or someone is, a name part or attribute, a market, a time zone,
the city's own affairs, the presidency as an office; title before a name labels the seat word; a "the" right before
kremlin, white house or pentagon is part of the surface; the same actor ids), with the held-out set's decisions
("ambassador to <capital>" is a metonym; "<body> sources / officials / spokesman / press briefing" label the seat word,
"<seat> correspondent" does not). Cases that were hard to decide by these rules carry a comment on their line saying
how they were decided. One kind of decision recurs here: "<people> in <capital>" with the people named ("a person in
the white house", "officials in brussels", "the leaders in brussels") is a place, while "<capital>" with no other agent
named, for the government's deliberation, view or reaction ("talked over in washington and moscow", "mixed reaction on
capitol hill", "high concern in athens", "change the weather in moscow") is a metonym.

Usage: python3 tools/eval/metonym_train_labels_3.py ../shared/data > src/test/resources/eval/metonym-train-3-mentions.tsv
"""
import sys

from guardian_labels import LABELS as GUARDIAN
from metonym_heldout_labels import LABELS as HELD_OUT
from metonym_labels import LABELS as FIRST, M, X, write_labels

START = 3  # every 5th (metonym_labels.EVERY) of the candidate entries from this index

LABELS = {
    "block-53d11501e4b0a4fb5d85faab": [("washington", "USA", M), ("kiev", "UKR", M),
        X("washington"),  # "a private briefing in washington": where the briefing was held, a place
        ("washington", "USA", M)],
    "block-58d02c54e4b0a411e9ab6c06": [("white house", "USA", M)],
    "block-58cfffabe4b007e8557edd75": [("moscow", "RUS", M), ("moscow", "RUS", M)],
    "block-58cfe3f7e4b0a411e9ab6a8e": [X("moscow"), X("moscow")],
    "block-5575843ae4b019d982cba853": [X("moscow"), X("moscow"), X("moscow"), X("moscow")],
    "block-557555fde4b0f3282588ba78": [X("moscow"), X("moscow")],
    "block-55752e7de4b019d982cba72c": [X("moscow"), X("moscow"), X("moscow"), X("moscow"), X("moscow"), X("moscow")],
    "block-57fcfedce4b01d9dd2c8ff08": [X("london")],
    "block-57fcc409e4b0a043a4c24605": [X("london")],
    "block-549aa1c6e4b0b52189cd701e": [("the kremlin", "RUS", M)],
    "block-549a74e7e4b0787a8292c946": [X("london")],
    "block-54d279e0e4b046dcf5a0a4e8": [X("white house")],  # hard: "a person in the white house": someone inside it,
    # as "members in the white house" in the held-out set, not the administration named as actor
    "block-54d26d21e4b016238c5d2926": [
        ("capitol hill", "us_congress", M),  # hard: "widely respected on capitol hill": held in regard by congress,
        # a holder of a view (as "the mood in washington"), not where something happens
        ("pentagon", "us_defense_department", M)],
    "block-54d248f5e4b046dcf5a0a48a": [("the pentagon", "us_defense_department", M),
        ("the pentagon", "us_defense_department", M)],
    "block-54d23b33e4b08acb4c67865e": [("white house", "USA", M)],
    "block-54d22e53e4b0c3cd649a9f75": [("pentagon", "us_defense_department", M)],
    "block-58a29722e4b09b65848eb63a": [("white house", "USA", M)],
    "block-58a28d4de4b012eeb30c9a9a": [("washington", "USA", M), X("washington"), ("the white house", "USA", M)],
    "block-58a285a3e4b0fcbf4e7d58ed": [X("white house")],
    "block-591999b4e4b0f5ae171e2434": [("number 10", "GBR", M), ("number 10", "GBR", M), ("downing street", "GBR", M)],
    "block-5540edffe4b0d1e9daf41003": [X("moscow")],
    "block-560c5b0ee4b06a9994446c1c": [  # steps "talked over in" the two capitals: deliberation by the two governments,
        ("washington", "USA", M), ("moscow", "RUS", M)],  # as "mull them over in" in the held-out set
    "block-560c3c09e4b025318eb6e0e1": [("moscow", "RUS", M)],
    "block-560c127de4b025318eb6e03b": [X("beirut")],
    "block-560c135fe4b025318eb6e03e": [X("white house")],
    "block-560bfea0e4b030d6815b5e61": [X("beirut"), ("moscow", "RUS", M)],  # "ambassador to moscow", as in the
    # held-out set
    "block-560beacbe4b030d6815b5dfb": [X("moscow")],
    "block-5ab27512e4b01a4d38ba89ae": [X("moscow"), X("berlin"), X("moscow")],
    "block-5ab26868e4b044506eec0a0a": [X("moscow")],
    "block-5ab24ae2e4b044506eec08a1": [X("westminster")],
    "block-54048986e4b0adfd01f73d28": [("berlin", "DEU", M)],
    "block-54044a36e4b0b881942ffafa": [X("moscow")],
    "block-5492ba93e4b0919fd47e8754": [X("moscow")],  # "a moscow court": a city court, an attribute, no state body
    "block-5492a2aae4b0919fd47e8718": [("kiev", "UKR", M)],
    "block-5634dbd3e4b025d517f03ce2": [X("cairo")],
    "block-5634c26fe4b05da6ca74f1be": [X("victoria"), X("victoria")],
    "block-5634a731e4b025d517f03cae": [("the kremlin", "RUS", M)],
    "block-56348887e4b014cafaeb4b5b": [X("cairo")],
    "block-5aa7e0e2e4b042c4125bc21c": [("the kremlin", "RUS", M)],
    "block-5aa7cf95e4b0ccc2e5bc5b83": [X("paris")],
    "block-5aa7a76be4b042c4125bbf54": [("moscow", "RUS", M), ("moscow", "RUS", M)],
    "block-5aa78abfe4b0ccc2e5bc58c9": [("washington", "USA", M), ("white house", "USA", M)],
    "block-5654b486e4b0f4d54c31afd8": [X("stockholm")],
    "block-56549fc9e4b01c6b61985c61": [X("vienna")],
    "block-56549351e4b038a76559a1db": [("the kremlin", "RUS", M)],
    "block-565478a9e4b04ba1dc2b2dcc": [X("ankara"), ("moscow", "RUS", M)],
    "block-565458f8e4b02e649deaa6de": [X("athens"),
        ("athens", "GRC", M)],  # hard: a diplomat's "high concern [in athens]": the Greek government's alarm, a
    # holder of a view (as "the mood in washington"), not where something happens
    "block-56544b1ae4b0130fd05d30db": [X("moscow"), ("moscow", "RUS", M), X("ankara"), X("brussels")],
    "block-56543954e4b0877f6541edef": [X("moscow")],
    "block-54bfc7a1e4b0096ebcdfb12e": [
        ("moscow", "RUS", M),  # the impact of oil prices "on moscow": on the state's budget, the party acted upon
        ("moscow", "RUS", M)],
    "block-54bf8bffe4b0c8783254e76f": [X("london")],
    "block-54bf700ee4b0faed80e3b394": [X("paris")],
    "block-54ec9be4e4b0543084f84fcd": [X("douglas"),  # a first name
        X("westminster")],  # hard: hard "to even mention immigration in westminster": the arena of politics, where
    # it is spoken of (as "in brussels" in the held-out set), not parliament acting
    "block-5939908ee4b0bdd87e2f4b70": [("white house", "USA", M)],
    "block-593977fde4b0be3ed19244c8": [("the white house", "USA", M)],
    "block-59395d22e4b0be3ed1924401": [("white house", "USA", M)],
    "block-59394d6fe4b0bdd87e2f49cd": [("the white house", "USA", M), X("the bottom")],
    "block-5491c91ce4b019234074e222": [("moscow", "RUS", M), X("london"), X("moscow"), X("london"), X("moscow")],
    "block-5491abc6e4b0b53180a01709": [X("moscow")],
    "block-54917abfe4b07a51e943a187": [("moscow", "RUS", M), ("moscow", "RUS", M)],
    "block-54915d1ce4b07a51e943a13d": [X("brussels")],  # hard: "officials in brussels are watching": the officials
    # are named and the city is where they are (as "a person in the white house"), not the EU named as actor
    "block-54914186e4b017bd53de1bcb": [("moscow", "RUS", M)],
    "block-58e7fdc6e4b05776df18b9d4": [("pentagon", "us_defense_department", M)],
    "block-58e7d564e4b05b487c0e043a": [("the white house", "USA", M), X("white house")],
    "block-58e7b8e2e4b05776df18b8cb": [X("ottawa")],
    "block-58e75e5ee4b05776df18b6f1": [("tehran", "IRN", M), ("tehran", "IRN", M)],
    "block-58e741d3e4b05b487c0e015d": [X("beijing")],
    "block-58e72a22e4b0e0ec04efe923": [("the kremlin", "RUS", M), ("moscow", "RUS", M), ("the kremlin", "RUS", M)],
    "block-58e718cce4b0e0ec04efe8ea": [X("beirut")],
    "block-58e6f93de4b05776df18b58e": [("capitol hill", "us_congress", M)],  # hard: strikes "drew mixed reaction on
    # capitol hill": the reaction of congress (senators' statements follow), a holder of views, not a place
    "block-58e6e4cfe4b05776df18b557": [X("pentagon"), ("the pentagon", "us_defense_department", M)],
    "block-563a7a22e4b08eefa4b96f0a": [X("cairo")],
    "block-563a52f0e4b0a98ee918c660": [X("london")],
    "block-591e06c2e4b03ddbc8d5ac9c": [("the white house", "USA", M)],
    "block-53ff5d8fe4b0231e2167f0b7": [X("athens")],
    "block-54088eace4b0754557470b4c": [("white house", "USA", M), ("moscow", "RUS", M),
        ("pentagon", "us_defense_department", M),  # a solution that cannot come "out of # pentagon or # mod alone":
        # the department, beside the ministry of defence
        X("london"), X("london")],
    "block-54083457e4b00ef2b327f67c": [X("tallinn"),
        X("tallinn"), X("riga"), X("vilnius"), X("berlin"), X("paris"), X("london"),  # hard: "the defense of" the
        # six capitals: the cities and their lands to be defended, not the governments acting or acted upon
        X("tallinn"), X("washington"), X("baghdad")],
    "block-5406ff74e4b0754557470923": [X("paris")],
    "block-5406be21e4b076be556b3991": [X("singapore")],  # the city-state named as a country in a ranking of
    # countries: a name, no capital standing for a government
    "block-5aa9558de4b0acd9bdfd48fd": [("paris", "FRA", M), ("moscow", "RUS", M), ("moscow", "RUS", M), X("elysee"),
        X("paris")],
    "block-5aa92490e4b0d7d09c5c729f": [("the kremlin", "RUS", M)],
    "block-5aa91c3ae4b0d7d09c5c7236": [X("vienna")],
    "block-5aa8fbffe4b00fe328b04d16": [("moscow", "RUS", M), ("london", "GBR", M)],
    "block-57d0ceace4b042bbfb3246be": [X("washington")],
    "block-57d01b02e4b0b2ee83375f0a": [X("washington")],
    "block-591d09a2e4b0a9ae59334b93": [X("washington")],
    "block-591ce864e4b0ca009308d789": [X("lima")],  # a surname
    "block-591cd541e4b03ddbc8d5a7be": [("the white house", "USA", M)],
    "block-591c6956e4b0a9ae593348d9": [X("london")],  # new london, connecticut
    "block-59403e67e4b0bdd87e2f67af": [X("washington"), X("the bottom"), ("the white house", "USA", M),
        ("the white house", "USA", M), ("the white house", "USA", M), ("the white house", "USA", M),
        ("the white house", "USA", M)],
    "block-585d1fa3e4b0966513aed090": [("moscow", "RUS", M), ("kremlin", "RUS", M)],
    "block-585d1681e4b0966513aed064": [X("white house")],  # "a new president in the white house": the office, as
    # "run for the white house" in the first set
    "block-585cff1fe4b0d460757ebd50": [X("moscow")],
    "block-585cee36e4b06265ff0d604f": [X("moscow"), X("kremlin"), X("ankara")],
    "block-5673f231e4b0e7d11553d9a0": [("the kremlin", "RUS", M)],
    "block-55eedd6ee4b0f3f3043ad2a7": [("beijing", "CHN", M)],  # hard: a headline "from britain to beijing : how
    # governments manipulate the internet": beijing names the Chinese government among others, not a place
    "block-55eed1d9e4b0f3f3043ad0ec": [("the kremlin", "RUS", M), ("the kremlin", "RUS", M),
        ("the kremlin", "RUS", M)],
    "block-55ed9533e4b0b158e9dfeebd": [X("moscow"), ("the kremlin", "RUS", M), ("kremlin", "RUS", M)],
    "block-59103b2ee4b07939cb697f37": [X("paris")],  # the city's olympic bid: the city's own affairs
    "block-53ffa220e4b04e2fe1fa857d": [("the kremlin", "RUS", M)],
    "block-53ff8bffe4b0231e2167f0e3": [X("white house"),
        ("the white house", "USA", M)],  # "the white house web site": the administration's own channel, as "the white
    # house press briefing" in the held-out set
    "block-53ff7c9ee4b0231e2167f0d9": [("kiev", "UKR", M)],
    "block-53ff72aae4b06f5272fb41d2": [X("moscow")],
    "block-53d778ace4b0dea6a4a764a2": [X("london")],
    "block-53d75b1be4b0b98ad30b1742": [X("london"), X("london")],
    "block-54c7bbd0e4b0bff06d86657c": [X("london"), X("london"), X("london"), X("london")],
    "block-54c7ab65e4b03a9bdfa8081b": [("the kremlin", "RUS", M)],
    "block-54c798fde4b0bff06d866514": [X("london"), X("london"), X("london"), X("london"), X("london")],
    "block-54c7803fe4b0bff06d8664d1": [X("london")],
    "block-54c77257e4b03a9bdfa807dd": [X("london"), X("london"), X("london")],
    "block-54c760e9e4b074fbabe7c1a8": [X("london")],
    "block-54980dfde4b019234074e718": [X("moscow")],
    "block-5497d584e4b019234074e6e0": [X("london")],
    "block-5aaaaec7e4b0d7d09c5c80bf": [("the kremlin", "RUS", M)],
    "block-5aaa6d89e4b0f83efb467654": [("downing street", "GBR", M), ("the white house", "USA", M)],
    "block-5aaa5024e4b0f83efb4674ad": [X("london"), X("london")],
    "block-58876446e4b0152311f74658": [X("london")],
    "block-587672eee4b0c0afac91fc02": [("moscow", "RUS", M), X("washington"),
        ("moscow", "RUS", M)],  # hard: "moscow 's spooks and siloviki": the state's security apparatus, as "the kiev
    # security offices" in the held-out set, not the city
    "block-58762f0ae4b0f10ba20b703b": [("moscow", "RUS", M), X("white house"), ("the kremlin", "RUS", M)],
    "block-587fa9e3e4b01065cf597ea0": [X("paris"), X("the bottom")],  # "the bottom line", an idiom
    "block-587f28e5e4b00b8fc2ae1bd0": [X("brussels"),  # "the leaders in brussels": named, the city where they are
        ("brussels", "EU", M)],  # hard: problems "generated in brussels or frankfurt": by the EU (as frankfurt for
    # the central bank), the source of policy with no other agent named, as "mull them over in" in the held-out set
    "block-549043c2e4b022bc30045275": [X("moscow"), X("moscow")],
    "block-54902195e4b0dc2dc1495932": [("moscow", "RUS", M)],
    "block-548ff74fe4b0295e49f72371": [X("moscow")],
    "block-59f7e59c833bbe06d81679bc": [("white house", "USA", M)],
    "block-59f7a0df833bbe06d816786a": [("white house", "USA", M)],
    "block-59f75619833bbe06d816757a": [("white house", "USA", M), ("the white house", "USA", M)],
    "block-59f730e9a885b806b2a4e697": [X("washington"), X("white house")],  # "the white house election": the
    # presidency as an office, as "run for the white house"
    "block-5aa6b986e4b0ccc2e5bc54cf": [X("london")],
    "block-5aa69cf5e4b0ccc2e5bc532a": [X("kingston")],  # kingston upon hull, a constituency
    "block-5aa67c0be4b0d60f07ce42bc": [("the kremlin", "RUS", M)],
    "block-5aa64a09e4b0279c71c8b6b9": [("the kremlin", "RUS", M),
        ("moscow", "RUS", M)],  # hard: a boycott "would not change the weather in moscow": the Russian leadership's
    # stance (as "the mood in washington"), figurative, not the city's weather
    "block-55252597e4b0ee229649189d": [X("kremlin"), X("moscow")],
    "block-5525033fe4b06dd2deb8f409": [X("moscow")],
    "block-5524cec0e4b0711a4eadb259": [X("moscow"), X("moscow")],
    "block-53e1ec30e4b027792fb5061c": [X("london")],
    "block-585446c1e4b0525ea856938b": [("the white house", "USA", M)],
    "block-5489d780e4b0d8ab349dca0c": [X("athens")],
    "block-5489996ce4b0d8ab349dc9ca": [X("moscow")],
    "block-5489615ee4b0b86a5c809278": [X("moscow")],
    "block-57d326dde4b07ac3d446aa81": [X("washington")],
    "block-57d2da8ce4b013613fffbab6": [("white house", "USA", M)],  # "official white house photographers": staff
    # of the presidency, as "white house officials" (unlike a newspaper's "white house correspondent")
    "block-5a9eb317e4b0e175dd2b5055": [("the kremlin", "RUS", M)],
    "block-5a9e84aee4b06779059bb1f5": [("the kremlin", "RUS", M), ("moscow", "RUS", M), ("moscow", "RUS", M)],
    "block-5a9e5fbde4b05aa26cff71c5": [X("london"), ("kremlin", "RUS", M), ("the kremlin", "RUS", M),
        ("the kremlin", "RUS", M)],
    "block-563cd2e6e4b0ace666f8b825": [X("london"), X("cairo")],
    "block-563cbe50e4b0bbf4cf2cd1d2": [X("moscow")],
    "block-563c891ae4b0fd5772b4d7c9": [X("dublin")],  # a surname
    "block-563c6496e4b0bff0d76b78db": [X("cairo")],
    "block-561ccdebe4b0e86d13a6a8a8": [("moscow", "RUS", M)],
}


def main(shared):
    write_labels(shared, LABELS, START, [FIRST, GUARDIAN, HELD_OUT], leave_out=set(GUARDIAN))


if __name__ == "__main__":
    main(sys.argv[1])
