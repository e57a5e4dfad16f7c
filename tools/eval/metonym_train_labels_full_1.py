#!/usr/bin/env python3
"""Training hand labels of metonyms in the whole Guardian live-blog corpus (all kinds of live blogs, not only the
Russia-Ukraine subset), for the metonym classifier: made in the same way as metonym_labels.py and
metonym_heldout_labels.py, on entries that neither of them holds, so that the classifier can be trained here and still
be measured on the first and held-out sets. Offsets are found by metonym_labels.write_labels and written to
src/test/resources/eval/metonym-train-full-1-mentions.tsv (block ids, offsets, actor ids and kinds only, no text; same
columns as metonym-mentions.tsv).

Selection, fixed by rule before any labelling: the candidate entries are those of
../shared/data/liveblogs-guardian-ukp/entries.jsonl.gz (metonym_labels.FULL; lower-cased and tokenised like the
subset), in file order, that have a block id, are not in the Russia-Ukraine subset and contain a selection word as a
whole word (33,135; the selection words are those of metonym_labels.selection_words), of which every 220th
(metonym_labels.FULL_EVERY) from the 2nd is taken (indexes 1, 221, 441, ..., 33001 of that list): 151 entries.
Entries of the Guardian set of guardian_labels.py are left out by rule (none falls on these indexes). None of them is
in the first metonym set, the held-out set or the Guardian set (all three checked below).

Labelling: Claude (an AI model, working as annotator at a project developer's request) read every selected entry in
full, in batches of ten with the selection words marked, and judged every occurrence of a selection word (240), in
order, as a metonym (37, in 28 of the 151 entries; kind `metonym`, written to the tsv) or not an actor mention (203,
written here as X(...), on record but not written to the tsv). The set was labelled blind to the system: the actor
matcher, the metonym classifier and the evaluation were not run on these entries and their output was not looked at;
the only other labels consulted were the earlier sets' own judgements of like phrases, for consistency.

Metonyms by actor: GBR 13 (downing street 6, whitehall 5, number 10 1, london 1), USA 10 (white house 8, washington
2), GRC 7 (athens), EU 2 (brussels), gbr_parliament 2 (westminster), and one each for us_defense_department
(pentagon), SAU (riyadh), CHN (beijing). Not mentions: london 45, paris 18, brussels 18, athens 15, washington 14,
westminster 10, canberra 9, port vila 8, douglas 6 (first names, a surname, a school's name), dublin 6, white house 6,
berlin 5, budapest 5, san juan 4, beijing 3, victoria 3 (first names, a hospital's name), hamilton 3 (an island), tokyo
2, downing street 2, seoul 2 (the stock market), jakarta 2, number 10 2, and one each of copenhagen, "the bottom" (in
"a race to the bottom"), roseau, kingston, taipei, luxembourg (the country named by its own name), cairo, amsterdam,
capitol hill, gibraltar (the territory named by its own name), baghdad (a nickname), kabul, jerusalem (a newspaper's
name), bamako, bern (a convention's name). Much of the wider corpus is markets, sport, culture and weather, so most
occurrences are places, markets and name parts. Two metonyms under words that are not selection words were seen and
are not labelled, as the selection is fixed: "the capitol" for Congress, and "ambassador to brasilia" (countries.json
writes "brasília"); no other place or building was found used as a metonym.

Rules: exactly those of metonym_labels.py's docstring (a capital or seat is a metonym when it stands for the government
or the body housed there as actor, speaker, holder of a view or power, or party acted upon, also after a preposition;
it is not a mention when it is where something happens or someone is, a name part or attribute, a market, a time zone,
the city's own affairs, the presidency as an office run for; title before a name labels the seat word; a "the" right
before kremlin, white house or pentagon is part of the surface; the same actor ids). Cases that were hard to decide by
these rules carry a comment on their line saying how they were decided. Decisions that recur, as in the earlier sets:
"ambassador / high commissioner to <capital>" is a metonym, while an ambassador withdrawn "from <capital>" and
"the government / authorities in <capital>" are places; "<seat> officials / departments / briefing" label the seat word
as a metonym, while "<capital> correspondent / bureau", "<capital> politics" and people "in the white house" do not;
"whitehall" stands for the central government's departments wherever work is said to be done or a department ranked
"in whitehall", and "westminster" for the uk parliament where power or authority moves from or is held by it.

Usage: python3 tools/eval/metonym_train_labels_full_1.py ../shared/data > src/test/resources/eval/metonym-train-full-1-mentions.tsv
"""
import sys

from guardian_labels import LABELS as GUARDIAN
from metonym_heldout_labels import LABELS as HELD_OUT
from metonym_labels import FULL, FULL_EVERY, LABELS as FIRST, M, X, write_labels

START = 1  # every 220th (metonym_labels.FULL_EVERY) of the candidate entries of the whole corpus from this index

LABELS = {
    "block-57222e2ce4b0a2f1205147bc": [X("london"), X("london")],  # the stock market and its index
    "block-58ca0b28e4b0c4701dc862a0": [X("tokyo")],
    "block-59341a0de4b0be3ed1922d70": [X("london"), X("london")],
    "block-58f765d6e4b0e0ec04f02650": [X("london")],
    "block-56ba0b9de4b02839b203d669": [X("paris")],  # the city attacked, a place
    "block-54d8fa45e4b0369a427152ab": [("washington", "USA", M)],  # "tensions with washington", as "relations with
    # moscow"
    "block-56d8eed7e4b0e3026187a330": [X("douglas")],  # a surname
    "block-56b9d886e4b00fd8d131a2f1": [X("london")],  # the stock market
    "block-59ffe63567aa150697436d99": [X("tokyo")],
    "block-58610577e4b0966513aedcde": [X("beijing")],
    "block-54e09a54e4b0a79eae21d9bb": [X("copenhagen")],
    "block-55a6c943e4b0f63008f13fa0": [X("athens")],  # "the athens rumour mill": the town's political gossip, as
    # "washington still abuzz" in the subset's training set
    "block-56a9d013e4b0223dfd802a9c": [X("the bottom")],  # "a race to the bottom"
    "block-56f13d81e4b0d8d38338599c": [X("brussels"), ("white house", "USA", M)],
    "block-56bc6103e4b065091c397729": [X("athens")],  # the stock exchange
    "block-59c073e2e4b0c1d591831d37": [X("roseau")],
    "block-542c539be4b0cd82a095e778": [X("london"), X("london")],
    "block-576bf58de4b030d83eb49d3c": [X("london")],  # part of a photo agency credit
    "block-5509ef6ee4b0d8348eda9618": [X("kingston")],
    "block-56b907cae4b07a94592e8a16": [X("beijing")],
    "block-58b079fae4b030b6f7c8ecf1": [X("washington")],
    "block-54ad3e4de4b0fd6a23617ced": [X("paris"), X("paris")],  # a street and a police officer of the city
    "block-57aa0423e4b033cb0795e75c": [X("athens")],  # the market
    "block-570da20ae4b0283cd85b7173": [X("washington")],  # the us state (a senator's)
    "block-547c6bf4e4b00d7876ba1cc9": [X("london"),
        X("downing street"),  # a march "to downing street" to hand in a petition: where they go, a place
        X("london"), X("london")],  # the city's politicians and mayor: the city's own affairs
    "block-58828e7ce4b0f0efb00f65fe": [("the pentagon", "us_defense_department", M)],  # "to head the pentagon": the
    # department as the body headed
    "block-554b066ee4b0c7299d72c967": [X("london")],
    "block-55b9d50ee4b016b93fad2455": [X("paris")],  # investigators on their way "from paris": a route
    "block-597a5118e4b011799efb1d6b": [("the white house", "USA", M)],
    "block-56e6b383e4b06de4cb390244": [X("dublin"), X("dublin"), X("dublin"), X("dublin"), X("dublin")],
    "block-571941cfe4b076540492d8a7": [X("washington")],  # a surname
    "block-5a4b6f5ee4b03c43cf5207fa": [X("london")],
    "block-5934f653e4b0bdd87e2f365e": [X("london")],
    "block-54d1c36be4b0f9568d11df2b": [X("victoria"), X("taipei")],  # "victoria": a first name
    "block-56c6487ae4b0f276c5add267": [X("brussels"), X("brussels")],  # where the summit is held
    "block-58d4e36be4b0a411e9ab7f6c": [X("westminster")],  # the place of an attack
    "block-58456d18e4b049350cc96121": [X("luxembourg")],  # the country named by its own name (beside germany and
    # the netherlands), not a capital standing for it: a name, not a metonym
    "block-5924a32ee4b0662750016e05": [("downing street", "GBR", M)],
    "block-5739c8afe4b05be498d5f8fe": [X("london"), X("london")],  # the financial centre: the city's own affairs
    "block-589556cce4b0e664e3b38803": [X("washington")],  # the us state's court
    "block-56a1eb0ae4b0a5f019fc0e41": [X("paris")],
    "block-5a72ea0ce4b0a3b45e43de11": [("whitehall", "GBR", M)],  # hard: modelling work "being done in whitehall":
    # by the government departments (as "mull them over in" the capitals in the held-out set), not an event's place
    "block-55feb71ee4b024facf8de5b6": [X("athens")],
    "block-56f075f3e4b0d8d383385852": [X("washington")],
    "block-5427f9bfe4b0d4b1d5b672e6": [X("london"), X("london")],  # the city's elite and society
    "block-565af165e4b035aa11510524": [X("london")],
    "block-593650b5e4b00493c8279d07": [X("london"), X("london")],
    "block-592d6254e4b00493c82777ee": [("brussels", "EU", M)],  # control given "back to brussels": the EU
    "block-56505bb6e4b0511f7b1dc56f": [X("brussels"), X("brussels")],
    "block-556845f8e4b02b912d54e999": [("athens", "GRC", M)],  # "takes a pop at athens": the Greek government,
    # the party acted upon
    "block-5666eb59e4b014300bf78889": [X("victoria")],  # a hospital's name
    "block-58d3e638e4b007e8557eede0": [X("westminster"), X("paris"), X("westminster")],  # the bridge, the attacks
    "block-5597a1aee4b00bdd27707b1a": [X("athens")],
    "block-54752764e4b08fbd11e1ae18": [X("washington"), X("washington")],
    "block-5a7d1023e4b0365be516864c": [X("seoul")],  # the stock market
    "block-56973ebbe4b052a54e7edbf5": [X("jakarta")],
    "block-556fa608e4b087202436ca32": [X("canberra")],
    "block-558c2591e4b003b03c64151a": [("athens", "GRC", M)],  # hard: "if athens mps do sign up to the plan": the
    # Greek parliament's members (as "athens ' coalition government" in the first set), not the city's
    "block-54071497e4b0d5eb3df35456": [X("westminster")],  # "westminster correspondent": a reporter's beat
    "block-578f9e81e4b0378a304b1f31": [X("berlin"), X("berlin")],
    "block-592e3cb5e4b0bdd87e2f1a76": [X("paris")],  # the climate deal's name
    "block-574d7976e4b05def80eb758f": [("downing street", "GBR", M), ("number 10", "GBR", M),
        ("downing street", "GBR", M)],
    "block-573deb11e4b0451a6f4829bf": [X("paris"), X("cairo"), X("athens")],  # a flight's route; the market
    "block-57ff6ae1e4b047a4eaafc0e3": [("westminster", "gbr_parliament", M)],  # "westminster 's legal authority":
    # the uk parliament as holder of a power
    "block-59c1c988e4b0c1d5918322fd": [X("san juan"), X("san juan"), X("san juan"), X("san juan")],
    "block-5719c89de4b0d72512011d01": [X("amsterdam")],
    "block-58c6cf46e4b00bd41ba51859": [X("westminster"),  # "westminster correspondents": a reporter's beat
        ("whitehall", "GBR", M),  # "other whitehall departments": the government's departments
        ("whitehall", "GBR", M)],  # hard: "anger and paranoia in whitehall who worked to this timetable": the civil
        # service as holder of a view (the "who" is its people), not the street
    "block-573b363ee4b0ac0aa28f5417": [("the white house", "USA", M), ("the white house", "USA", M)],
    "block-58d99555e4b01ea2330bca8a": [X("hamilton"), X("hamilton"), X("hamilton")],  # an island
    "block-55816c88e4b0e91d8f4098e8": [X("athens"),
        X("athens")],  # "reports in athens": what is reported there, a place
    "block-5582e14ee4b0d1f45dc983f1": [X("athens")],  # the stock market
    "block-56957a83e4b060a3548ceb39": [X("washington")],  # a newspaper's bureau
    "block-56684e05e4b042f006fa248e": [  # hard: "the weakest department in whitehall" (twice): among the central
        # government's departments (as "officials from across whitehall" in the subset's training set), not the street
        ("whitehall", "GBR", M), ("whitehall", "GBR", M)],
    "block-57027ac4e4b0fde262ff636f": [X("london"), X("london")],  # the city's mayor and image: its own affairs
    "block-559e8329e4b038c9e1db1b39": [X("london")],
    "block-559ad3b1e4b00bdd2770820b": [("athens", "GRC", M)],
    "block-57ad932de4b024cdec3d6d2c": [X("london"), X("paris"), X("brussels"), X("london"), X("brussels"),
        X("london")],  # stations and train routes
    "block-5a712019e4b0ec2e958cd8f9": [X("white house"), X("capitol hill")],  # a ride from one to the other
    "block-57f76fc1e4b03258bcac53d4": [X("london")],
    "block-583d9a31e4b015a427f75d8f": [("riyadh", "SAU", M)],  # "unacceptable to riyadh": the Saudi government
    # as holder of a view
    "block-55e9a339e4b09849138e8341": [X("budapest"), X("athens"), X("athens"), X("budapest")],  # "athens" chanted
    # as a destination
    "block-594bccc1e4b01a490fd24f61": [X("brussels"), X("brussels")],  # where the summit is held
    "block-56cb0d85e4b041c56e71d69c": [X("london")],  # "london correspondent": a reporter's beat
    "block-553f22cee4b06e5ff72d1c8d": [X("jakarta")],  # hard: an ambassador withdrawn "from jakarta": the post he
    # leaves, a place (as "diplomats expelled from moscow"), unlike "ambassador to <capital>"
    "block-5aafeb26e4b071417f655831": [("downing street", "GBR", M),
        X("gibraltar")],  # the territory named by its own name, not a capital standing for a state
    "block-55ec052fe4b0a6f71715262c": [X("budapest"), X("budapest")],
    "block-590fdfb8e4b0df096d258fca": [X("paris")],  # "post paris": the climate agreement
    "block-599b2b74e4b0d26e26a9e241": [X("white house"), X("white house")],
    "block-556e64b9e4b024891ab4c6b7": [X("canberra")],
    "block-564e5423e4b062d400968562": [X("canberra"), X("canberra")],  # temperatures
    "block-565288d7e4b0511f7b1dc82d": [X("paris"), X("paris")],  # the attack; the city and its victims
    "block-5646aeafe4b0ced428cb282e": [X("paris")],  # "the paris prosecutor": a city's office, no state actor named
    "block-541992e4e4b0afd223995420": [X("london")],
    "block-5a561956e4b043ead794c570": [("brussels", "EU", M)],  # funding streams "from brussels": the EU's
    "block-568f2425e4b0a0fd811a6840": [X("beijing")],
    "block-57d6d141e4b07ac3d446b747": [X("athens"), ("athens", "GRC", M)],  # "athens has been told": the government
    "block-541b82c6e4b0b7a2dd59ec94": [X("westminster"),  # "westminster politics": a political culture, as "the
        # washington establishment" in the first set
        X("westminster")],  # "the westminster election": the general election, an attribute
    "block-5543d5c9e4b07d6c58ec66cf": [X("london"), X("london"), X("westminster")],
    "block-59725297e4b08d6e6fd148e6": [("white house", "USA", M),  # "the first white house briefing": the body's
        ("the white house", "USA", M), X("baghdad"),  # "baghdad bob": a nickname
        ("the white house", "USA", M),
        X("white house")],  # "people in the white house love each other": inside it, as in the held-out set
    "block-56e1a998e4b0dfdfc0924d43": [X("washington")],  # a newspaper's name in a photo credit
    "block-55dd3b93e4b01e5103718318": [("beijing", "CHN", M)],  # "beijing cuts interest rates": the Chinese
    # authorities acting
    "block-56aa3800e4b00c16cfb034e8": [X("washington")],  # a newspaper's name
    "block-56d1a332e4b074a9f6b35dda": [X("dublin")],  # "government formed in dublin": its seat, as "the government
    # in warsaw" in the subset's training set
    "block-58ee18a4e4b0e0ec04f0032f": [("athens", "GRC", M),  # hard: "over in athens", comments cause "much ado"
        # among officials: the government as holder of a view (as "in brussels, the visit will be watched" in the
        # subset's training set), not an event's place
        X("washington"),  # meetings in the city
        ("athens", "GRC", M), ("athens", "GRC", M)],  # differences and a standoff between "athens" and its creditors
    "block-59f97358185bdb0682dbe724": [X("london")],
    "block-575ebedce4b0aa348f1cc280": [X("brussels")],
    "block-55ed3d14e4b0edba32b60cec": [X("budapest")],
    "block-5746b079e4b00a2e2e3a09bc": [X("brussels"), X("brussels"),
        X("brussels"),  # hard: "to check in brussels" whether his claims are right: where he would check, a place
        ("downing street", "GBR", M)],
    "block-55320958e4b075120f7ebc95": [X("douglas")],  # a first name
    "block-5805e778e4b055209adaeb57": [X("victoria")],  # a presenter's first name in a show's name
    "block-55dbf7dee4b0ca7d700e6a6a": [X("seoul")],  # the stock market
    "block-5ab69575e4b01a4d38baa81b": [X("douglas"), X("douglas"), X("douglas")],  # a school's name
    "block-57ac5e63e4b024cdec3d68a1": [X("london")],
    "block-55098bede4b04eaa7f286159": [X("london")],  # house prices in the city
    "block-5587bbe3e4b0b5dab300bc77": [X("kabul")],
    "block-5a9ffcc6e4b01ab1d546429d": [X("london")],
    "block-55053f29e4b08cb82df0826a": [X("port vila"), X("port vila"), X("port vila"),
        X("port vila"),  # "authorities in port vila": their seat, as "the government in <capital>"
        X("canberra"),  # "defence authorities in canberra": as above
        X("port vila"), X("port vila"), X("port vila"), X("port vila")],
    "block-565e94ece4b0ef1f44c55c57": [X("washington")],  # a club's name
    "block-53fc521fe4b04e2fe1fa8278": [X("athens"), X("athens")],
    "block-5744d54fe4b04536c2a43ca0": [X("canberra"),
        ("london", "GBR", M)],  # "high commissioner to london": as "ambassador to <capital>" in the held-out set
    "block-558a9269e4b024f829c5d187": [X("london")],
    "block-565c5b2ee4b0fd56932e2f1e": [X("paris")],  # the climate conference
    "block-59255d9ae4b0e2555d2b2a75": [X("downing street"),  # "police guards at no 10 downing street": the address
        X("london"), X("paris")],
    "block-54cb8d2de4b06feb73a439c5": [X("athens")],
    "block-56b09c1de4b0d8f6e767f107": [X("westminster")],
    "block-564af5c5e4b0a51fe20186f7": [X("paris")],
    "block-571737fde4b04ac71f1a152b": [X("brussels"),  # "brussels correspondents": a reporter's beat
        X("brussels")],  # the day's press events in the city (eu and nato alike), a place
    "block-588b589ce4b0860ce556937d": [X("london")],  # a company's name
    "block-54f40365e4b09d0edf204cd4": [X("westminster")],  # political news "from westminster": the political
    # world's place, as "the snp leader at westminster" in the first set
    "block-5772a320e4b0fbc399c13719": [X("number 10")],  # hard: whoever is "at the helm from number 10": the prime
    # minister's office as a post to be filled (as "run for the white house"), not the government acting
    "block-56963f99e4b0f2d1f22cd6d4": [X("london")],
    "block-5807ed74e4b055209adaf519": [X("white house")],  # "the race for the white house": the presidency
    "block-550c3a12e4b0c360811ba91a": [X("brussels")],
    "block-58722f8ae4b0a2ff291d0659": [X("jerusalem")],  # a newspaper's name
    "block-55516874e4b0ecf76a0278b8": [X("canberra")],  # budget night "in canberra": where it happens
    "block-55df475de4b0867174bbecd3": [("westminster", "gbr_parliament", M)],  # responsibility to "transfer from
    # westminster to the scottish parliament": the uk parliament, as "power devolved from whitehall" in the first set
    "block-58585c81e4b06683cdf1f451": [X("berlin"), X("berlin"), X("berlin")],
    "block-56007a89e4b0c53c066a711d": [X("washington")],
    "block-576e3a7fe4b0f43038109c0d": [X("london")],
    "block-5649edc9e4b0e98c91b0cf23": [X("paris"), X("paris")],  # the mood of the city's people
    "block-571a4944e4b044ce3c399c9c": [X("number 10")],  # leaving the building
    "block-5759679fe4b064f52e5f98de": [("downing street", "GBR", M)],
    "block-56125c6ae4b0380f181ef898": [X("london"), X("london"), X("london")],  # the city and region
    "block-564f2191e4b06cd940d3f9e0": [X("bamako")],
    "block-56bbb98ae4b04888fa66c969": [X("canberra"), X("canberra")],
    "block-5aa977b6e4b0acd9bdfd4a86": [X("douglas"), X("washington"), X("white house")],  # two schools' names;
    # "just across the river from the white house": a place
    "block-558b09bde4b0e0aeb01159b5": [X("brussels")],  # developments in the talks held there, a place
    "block-57479180e4b062390d4edca4": [("the white house", "USA", M)],
    "block-59e5f7dbabb06d06a4dead6b": [X("brussels")],
    "block-59aca894e4b04a1acb62bbb6": [("washington", "USA", M)],  # "washington takes notice": the US government
    "block-56c99e8ee4b00221da78ae65": [X("bern")],  # a convention's name
}


def main(shared):
    write_labels(shared, LABELS, START, [FIRST, GUARDIAN, HELD_OUT], leave_out=set(GUARDIAN), corpus=FULL,
                 every=FULL_EVERY)


if __name__ == "__main__":
    main(sys.argv[1])
