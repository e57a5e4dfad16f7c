#!/usr/bin/env python3
"""Training hand labels of metonyms in the whole Guardian live-blog corpus (less the Russia-Ukraine subset), made in the
same way as metonym_labels.py and metonym_heldout_labels.py, as a TRAINING set for the metonym classifier. Offsets are
found by metonym_labels.write_labels and written to src/test/resources/eval/metonym-train-full-2-mentions.tsv (block
ids, offsets, actor ids and kinds only, no text; same columns as metonym-mentions.tsv).

Selection, fixed by rule before any labelling: the entries of ../shared/data/liveblogs-guardian-ukp/entries.jsonl.gz
(the whole corpus, all kinds of live blogs, lower-cased and tokenised like the subset; metonym_labels.FULL), in file
order, that have a block id, are not in the Russia-Ukraine subset and contain a selection word as a whole word (33,135;
the selection words are those of metonym_labels.selection_words), of which every 220th (metonym_labels.FULL_EVERY) from
the 3rd is taken (indexes 2, 222, 442, ..., 33002 of that list): 151 entries, less any in the Guardian set of
guardian_labels.py (left out by rule; none of them is). None of them is in the first metonym set, the held-out set or
the Guardian set (all checked below).

Labelling: Claude (an AI model, working as annotator at a project developer's request) read every selected entry in
full, in batches of ten with the selection words marked, and judged every occurrence of a selection word (237), in
order, as a metonym (34, in 24 of the 151 entries; kind `metonym`, written to the tsv) or not an actor mention (203,
written here as X(...), on record but not written to the tsv). The set was labelled blind to the system: the actor
matcher, the metonym classifier and the evaluation were not run on these entries and their output was not looked at;
the only other labels consulted were the earlier sets' own judgements of like phrases, for consistency.

Metonyms by actor: GBR 8 (downing street 4, number 10 2, whitehall 2), EU 6 (brussels), USA 5 (white house 4,
washington 1), GRC 3 (athens), IRN 3 (tehran), CHN 2 (beijing), and one each for us_defense_department (pentagon),
gbr_parliament (westminster), ITA (rome), SAU (riyadh), DEU (berlin), HUN (budapest), FRA (paris). Not mentions: london
44, paris 14, athens 13, washington 12, white house 12, westminster 11, berlin 9, brussels 7, amsterdam 6, canberra 6,
lisbon 5 (three of them the lisbon treaty), downing street 5, jerusalem 4, number 10 4, beijing 3, stanley 3 (morgan
stanley, a surname), luxembourg 3 (the country), victoria 3 (a queen, a station, the australian state), vienna 3,
douglas 3 (a first name, a school), "the bottom" 3, bamako 3, ankara 2, jakarta 2, hamilton 2 (hamilton island), rome 2,
santo domingo 2, santiago 2 (santiago de cuba), and one each of moscow, dublin, copenhagen, abu dhabi, roseau, madrid,
taipei, seoul, san juan, prague, kabul, port vila, pretoria, pyongyang, singapore. The corpus is mostly British,
Australian and US domestic politics, markets and news, so most capitals here are places (markets, datelines, attack
sites, a newspaper's bureau, the london mayoralty) rather than governments acting. Outside the selection words, Number
10 acts as "no 10" in one entry and "holyrood" stands for the Scottish parliament in another; they are not labelled,
as the selection is fixed.

Rules: exactly those of metonym_labels.py's docstring (a capital or seat is a metonym when it stands for the government
or the body housed there as actor, speaker, holder of a view or power, or party acted upon, also after a preposition;
it is not a mention when it is where something happens or someone is, a name part or attribute, a market, a time zone,
the city's own affairs, the presidency as an office; title before a name labels the seat word; a "the" right before
kremlin, white house or pentagon is part of the surface; the same actor ids), with the decisions of the held-out and
training sets ("<people> in <capital>" with the people named is a place, "<capital>" with no other agent named for the
government's deliberation, view or reaction is a metonym; "the government / regime in <capital>" is a place; "<seat>
correspondent" is not a mention). Cases that were hard to decide by these rules carry a comment on their line saying
how they were decided. One kind of decision recurs here: a seat as the office held or run for ("remain in downing
street", "the battle for number 10", "the keys to the white house", "predecessors in the white house") is not a
mention, as "run for the white house" in the first set.

Usage: python3 tools/eval/metonym_train_labels_full_2.py ../shared/data > src/test/resources/eval/metonym-train-full-2-mentions.tsv
"""
import sys

from guardian_labels import LABELS as GUARDIAN
from metonym_heldout_labels import LABELS as HELD_OUT
from metonym_labels import FULL, FULL_EVERY, LABELS as FIRST, M, X, write_labels

START = 2  # every 220th (metonym_labels.FULL_EVERY) of the candidate entries of the whole corpus from this index

LABELS = {
    "block-57222bb1e4b0a2f1205147b0": [X("london")],
    "block-58c9fd03e4b0c4701dc8626c": [X("amsterdam")],
    "block-5934160ae4b00493c82793c9": [("downing street", "GBR", M), X("london"), X("london"),
        ("downing street", "GBR", M), X("london"), X("london")],  # the mayor of london: the city's own affairs
    "block-56336070e4b0d7fcbc0442a1": [X("lisbon"), X("lisbon")],  # a government sworn in "in lisbon": a place
    "block-56b9fefae4b00fd8d131a38c": [("washington", "USA", M)],  # hard: voters "angry at washington": the federal
    # government as the party acted upon (the status quo), not the town
    "block-54d8f61ee4b0f674f672cc81": [X("moscow")],  # "guardian moscow correspondent"
    "block-56d8c4fee4b0fd1a8c7d08a2": [X("washington")],
    "block-56b9d331e4b01b57bb993f2c": [X("london")],
    "block-59ffcec9c850af0689ad0b28": [("the pentagon", "us_defense_department", M)],
    "block-5860fc61e4b0d460757eca71": [X("dublin")],
    "block-54e09917e4b052e5bf258d4b": [X("copenhagen")],
    "block-55a6c7b9e4b0f63008f13f9d": [X("athens"),  # "as midnight approaches in athens": a time and place
        X("brussels"), X("brussels")],  # hard: "a coup in brussels" at the bailout talks: where the talks were held
    # (as "in brussels" for the arena of EU business in the held-out set), not the EU named as actor
    "block-55882a71e4b0725415069247": [X("london"), X("london")],  # a living wage "in london": a place
    "block-59b17777e4b0472a2de90b69": [X("london")],  # a former london mayor: the city's own affairs
    "block-56bc4aa3e4b065091c39770d": [X("abu dhabi")],
    "block-59c06d93e4b021abf31616ef": [X("roseau")],
    "block-542c504ee4b0cd82a095e771": [X("beijing")],  # the 1989 "beijing protests": where they took place
    "block-576bf289e4b030d83eb49d2a": [X("stanley")],  # a surname
    "block-5509d886e4b04eaa7f2861ab": [X("canberra")],
    "block-586fb919e4b0be03bff43540": [X("white house"), X("white house"), X("white house")],  # arriving "in the
    # white house", "predecessors in the white house": the presidency as an office, as "run for the white house"
    "block-58b06890e4b05f755cc0c0a2": [X("london")],  # "breitbart london": a name part
    "block-54ad3da5e4b0c53195a4bccc": [X("madrid")],
    "block-57a98b52e4b033cb0795e4e2": [X("london")],
    "block-570d8799e4b0034fe9a19a53": [X("white house")],  # an agenda "in the white house": the presidency as an
    # office to be held, as "run for the white house"
    "block-547c6bb3e4b0c45a9ee6868d": [X("downing street"), X("downing street")],  # marching "to downing street":
    # a destination, where the petition is handed in
    "block-588280b6e4b0f0efb00f65b4": [X("white house")],
    "block-554b047ae4b0919f0c7db46b": [X("downing street")],  # "to remain in downing street": the premiership as
    # an office, as "run for the white house"
    "block-55b9cb9be4b04b785e6ef71f": [X("beijing")],
    "block-597a4474e4b0cc197665c063": [X("washington")],  # the washington examiner
    "block-56e6aa32e4b0a22a5281ff8d": [X("stanley")],  # morgan stanley
    "block-57193e3be4b0e8c8aac0a0b2": [X("white house")],  # "came out of the white house": leaving the presidency
    # as an office
    "block-5a4b669fe4b0e33567c46552": [X("ankara")],  # a photo caption's place
    "block-5934f238e4b0be3ed1923097": [X("london"), X("london")],
    "block-54d1ba76e4b0f9568d11df2a": [X("taipei")],
    "block-56c64667e4b0316343ed8f7f": [X("brussels")],  # the prime minister's actions "in brussels": where the
    # summit is, a place
    "block-58d4dd6de4b007e8557ef14f": [X("westminster"), X("westminster")],  # the attack site
    "block-58456694e4b056d3d56ad89a": [X("brussels"),  # ministers gathered in brussels: a place
        ("rome", "ITA", M)],  # "rome must press on with economic reforms": the Italian government
    "block-59249fabe4b0662750016dfb": [X("london")],
    "block-57398f7ce4b0017de0bb1c33": [X("luxembourg"), X("luxembourg")],  # the country's name, no capital
    "block-5895559ae4b0e481c6e4a712": [X("washington"),  # "the washington court": the US state's case, no capital
        X("paris"), X("paris")],
    "block-582110aee4b029b92ca46707": [X("canberra")],  # "nothing much is happening in canberra": a place
    "block-5a72e995e4b0a3b45e43de0d": [X("luxembourg")],  # going to luxembourg for meetings: a destination
    "block-55feb51be4b00e7fa1597ddd": [X("athens")],  # a constituency of athens
    "block-56f06e2ae4b04098f62c5db8": [X("jerusalem")],
    "block-5427e611e4b0d9a595cc49cd": [X("westminster"),  # "the political parties in westminster": the parties
        X("westminster")],  # and "the political class in westminster" are named, westminster is where they sit
    # (as "democrats on capitol hill"), not parliament named as actor
    "block-565aeef1e4b03bf401a0be70": [X("london"), X("london")],
    "block-5935f63fe4b0bdd87e2f3b23": [X("london"), X("london"), X("london")],  # the mayor of london, london bridge
    "block-592d562ee4b00493c82777b2": [X("number 10")],  # "the battle for number 10": the premiership as an office,
    # as "run for the white house"
    "block-56505869e4b0580447fdf400": [X("brussels")],
    "block-55682197e4b05857efaf3d9e": [X("brussels")],  # "the negotiations in brussels": where they are held
    "block-5666cf48e4b00d8bb8d8be1d": [X("london")],
    "block-58d3e428e4b01ea2330bb547": [X("london"),  # a college's name
        X("westminster"), X("westminster"),  # the district, westminster bridge
        X("london")],
    "block-55978c5ce4b032a39a3ba5ed": [X("athens"), X("athens")],  # a rally in athens
    "block-54751e21e4b05735abcbf43d": [X("white house"),  # remarks "from the white house" on a split screen: where
        # they were given, a place
        ("white house", "USA", M)],  # white house officials
    "block-5a7cfffbe4b0365be5168616": [X("seoul")],  # a stock market
    "block-56973923e4b052a54e7edbf2": [X("jakarta")],
    "block-556f9ffbe4b087202436ca2c": [X("canberra")],
    "block-558c192fe4b003b03c6414d6": [("athens", "GRC", M)],  # "concessions to athens": to the Greek government,
    # the party acted upon
    "block-54071115e4b04b37c94de397": [X("victoria")],  # queen victoria
    "block-578f7eebe4b03c191048309d": [X("stanley")],  # morgan stanley
    "block-592e31ade4b00493c8277b1f": [X("paris")],  # the paris agreement
    "block-574d6c61e4b062390d4eeda2": [("brussels", "EU", M),  # control that "should not lie with brussels": the EU
        # as holder of power
        X("lisbon"), X("lisbon"), X("lisbon")],  # the lisbon treaty
    "block-573dea56e4b0451a6f4829ba": [X("athens")],  # "athens-based eu diplomats": where they are posted
    "block-57ff66f5e4b01ffb8ffcb3fb": [("number 10", "GBR", M), ("downing street", "GBR", M)],
    "block-59c1aa6be4b021abf3161c95": [X("san juan")],
    "block-5719c0f8e4b0d72512011cf8": [X("amsterdam"), X("amsterdam"), X("amsterdam"), X("amsterdam")],  # where the
    # eurogroup meets
    "block-58c669b0e4b0bd9dcee582dd": [X("victoria"), X("berlin"), X("berlin")],  # a station, airports
    "block-573b16cfe4b06cd267863f7f": [X("washington")],  # the washington post
    "block-58d98cdfe4b0a411e9ab914b": [X("hamilton"), X("hamilton")],  # hamilton island
    "block-55816a62e4b0e91d8f4098df": [X("athens"),  # "over in athens reports are coming in": a place
        ("athens", "GRC", M)],  # a proposal "sent to athens": to the Greek government, the party acted upon
    "block-5582d5f4e4b02e174bb630e6": [X("athens")],
    "block-569547c4e4b0962b6cc117a7": [("the white house", "USA", M), ("the white house", "USA", M),
        X("washington"), X("washington")],  # a newspaper's washington bureau chief and correspondent
    "block-566821a5e4b06f7a9a92190c": [X("berlin")],  # "living in east berlin": a figure of speech for a walled city
    "block-570272b0e4b0f2216ccb292a": [X("london")],  # the london mayoralty
    "block-559e814fe4b038c9e1db1b27": [X("london")],
    "block-559acf85e4b00bdd27708200": [X("athens")],
    "block-57ad79b8e4b024cdec3d6cc7": [X("london")],  # the ftse 100 in london, a market
    "block-5a711c78e4b05a271eb4ce11": [X("washington")],  # a newspaper's washington bureau chief
    "block-57f77369e4b0e4aaeaa8cda1": [("downing street", "GBR", M)],  # "the political landscape as viewed from
    # downing street": the prime minister's government's view, as "how these discussions looked from moscow"
    "block-583d94b3e4b056d3d56aba63": [X("vienna"),  # comments "out of vienna": the opec meeting, a place
        ("tehran", "IRN", M), X("vienna"), X("vienna"), ("tehran", "IRN", M), ("riyadh", "SAU", M),
        ("tehran", "IRN", M)],  # tehran and riyadh stand for the two oil-producing governments
    "block-55e9c5c4e4b0a6f717152336": [X("prague"),  # a press conference in prague
        ("berlin", "DEU", M), ("budapest", "HUN", M)],  # a corridor possible "if berlin and budapest agree"
    "block-594bc0dbe4b01a490fd24f02": [X("london"), X("london")],
    "block-56cb07cbe4b00221da78b111": [X("rome"), X("rome")],  # a colleague in rome, a press centre
    "block-553efcf8e4b0384d9f9610f2": [X("jakarta")],  # a time zone
    "block-5aafe33ee4b0a483317394b9": [X("douglas"), X("douglas")],  # a first name
    "block-55ebea6ce4b0a6f717152621": [X("berlin"),
        ("brussels", "EU", M)],  # "renegotiation with brussels": the EU as the other party
    "block-590fd898e4b0df096d258fae": [X("canberra")],
    "block-599b283ee4b0d26e26a9e239": [X("white house"), X("washington")],  # a balcony of the building
    "block-556e5fd9e4b07871543bad65": [X("canberra")],
    "block-564e467fe4b062d400968544": [X("london")],
    "block-56526d38e4b019950d872b38": [X("santo domingo"), X("santo domingo")],
    "block-5646ab3fe4b0ced428cb282b": [X("paris"), X("paris"), X("paris")],  # the city's fire brigade: the city's
    # own affairs
    "block-541989f1e4b0766b7e4357c7": [X("london"), X("london")],  # a play in london, the london stage
    "block-5a5645aae4b034b6630d2c9d": [("number 10", "GBR", M)],  # number 10 denies
    "block-568f1afbe4b0d22ca1a46c3c": [("beijing", "CHN", M),  # "policy-making in beijing": the Chinese
        # government's deliberation with no other agent named, as "talked over in washington and moscow"
        ("beijing", "CHN", M)],  # "beijing risked making the same mistakes": the government acting
    "block-57d6cf10e4b013613fffc863": [X("athens")],  # the athens market
    "block-541b7b29e4b06074cd7171f0": [X("the bottom")],  # "sixth from the bottom" of a list
    "block-5543d3bde4b0dfce9f3bf667": [X("number 10")],  # "the sitting prime minister who is in number 10": the
    # office held, as "run for the white house"
    "block-597251aae4b086312c1c7aa3": [("the white house", "USA", M)],  # hard: "high turnover at the white house":
    # the staff of the presidency as a body (as "white house officials"), not an event's place
    "block-56e17b22e4b0b2eee93d420d": [X("washington")],  # the washington post
    "block-55dd22c5e4b01e5103718301": [X("beijing")],  # reports from beijing
    "block-56aa2fc3e4b037ca542be09a": [X("washington")],  # the washington post
    "block-56d1a087e4b0bd5a0524cddd": [X("london")],  # a london mayoral candidate
    "block-58ee1a5fe4b05b487c0e1adf": [X("london")],
    "block-5420ea43e4b06b0b6a6d95c0": [X("washington")],  # "his visit to washington": a destination
    "block-575eaa75e4b062ddca562508": [X("paris"), X("brussels"),  # places of attacks
        ("westminster", "gbr_parliament", M),  # "no guarantee westminster would give these powers to scotland": the
        # UK parliament as the body that devolves power, as "devolution of power outside westminster"
        X("london"),  # city university london, a name part
        ("brussels", "EU", M)],  # the treasury as "a propaganda machine for brussels": for the EU
    "block-55ed19e0e4b0a6f7171527fc": [X("berlin")],  # a meeting in berlin
    "block-5746a247e4b04536c2a44170": [X("london")],  # the london mayor
    "block-573209dfe4b0a3721d6053b6": [X("athens")],  # the athens market
    "block-5805e32be4b055209adaeb3d": [X("london")],  # a london-bound train
    "block-55dbf642e4b0ca7d700e6a68": [X("london")],
    "block-5ab693ece4b01a4d38baa812": [X("douglas")],  # a school's name
    "block-57ac5c0ce4b0fe7550974c1b": [("whitehall", "GBR", M), ("whitehall", "GBR", M)],  # "agents of whitehall",
    # "whitehall 's terror of the rail unions": the government departments
    "block-55097970e4b003b0dff8f406": [X("london")],
    "block-5587baa3e4b0b5dab300bc75": [X("kabul")],  # a dateline
    "block-5a9ffbcae4b01ab1d546428c": [X("westminster"), X("westminster")],  # "her westminster seat", "the snp 's
    # westminster group": attributes of MPs, as "westminster campaigning" in the first set
    "block-55053cf4e4b0ed6eabad35db": [X("port vila")],
    "block-543fb86ce4b0ebfb2a1bf3a6": [X("pretoria")],
    "block-53fc3775e4b0084228cf82b8": [("brussels", "EU", M)],  # "what brussels and mario draghi want"
    "block-5744d2a1e4b038ba175e3fc1": [X("victoria")],  # the australian state
    "block-54230c42e4b0f8f8db0c7303": [("paris", "FRA", M)],  # "paris will push ahead with its reform programme"
    "block-565c5985e4b0fd56932e2f15": [X("paris"),  # "paris could yield a breakthrough climate deal": the summit
        # held there, an event named by its place
        X("paris")],
    "block-59255852e4b0e76a8f2064aa": [X("downing street"), X("london")],  # sites to be guarded
    "block-54cb8346e4b06feb73a439b4": [X("athens")],
    "block-56b0928ee4b0975c2aa8c5be": [("brussels", "EU", M)],  # "proposals from brussels": from the EU's council
    # president, the EU as actor
    "block-564af350e4b0a51fe20186f1": [X("paris"),  # hard: "paris , which knows how to rebound": the city and its
        # people after the attacks, the city's own affairs, not the French government
        X("paris")],  # a summit in paris
    "block-57172c5ce4b057c2bbe00cf1": [X("london")],  # the london stock market
    "block-588b418ee4b0860ce55692d7": [X("white house")],  # "handed trump the keys to the white house": the
    # presidency as an office
    "block-5597badee4b032a39a3ba62e": [X("london")],
    "block-57728b83e4b0565db417b8d0": [X("london")],  # the party's headquarters in london
    "block-569639e1e4b060a3548cfe79": [X("westminster"), X("jerusalem")],  # a van going around westminster playing
    # the hymn "jerusalem"
    "block-5807d7bae4b005f21833b314": [X("white house"), X("white house"), X("white house")],  # a guest welcomed to
    # the building, its garden, a state dinner held there
    "block-550c2aabe4b0aedd80e3d4eb": [("athens", "GRC", M),  # "athens ' perceived foot-dragging": the Greek
        # government acting
        X("athens")],  # hard: creditors' teams "treated in athens": where the teams worked, a place
    "block-58722e7de4b02851854c1e05": [X("jerusalem"), X("jerusalem"), X("berlin")],
    "block-591720d7e4b0762dda0ba986": [X("the bottom")],  # "get to the bottom of"
    "block-55df44a5e4b0867174bbecc9": [X("westminster")],  # "part of westminster system": an attribute of a
    # political system
    "block-58585a52e4b06683cdf1f444": [X("berlin"), X("berlin"), X("berlin")],  # a berlin correspondent, the city's
    # christmas markets
    "block-560070cce4b0c53c066a7112": [X("santiago"), X("santiago")],  # santiago de cuba, a town
    "block-576e3934e4b0be24d34f6024": [X("westminster")],  # "the labour party in westminster": the party is named,
    # westminster is where it sits
    "block-5649ecdfe4b0a51fe201850a": [X("paris"), X("paris")],
    "block-571a4914e4b0053d38815752": [X("number 10")],  # a meeting in number 10: a place
    "block-5759667ee4b064f52e5f98d6": [X("ankara")],  # the british embassy in ankara
    "block-561256d5e4b06bd936f9ce31": [X("downing street")],  # the building's maintenance team
    "block-564f2017e4b08be930847ccc": [X("bamako"), X("bamako"), X("bamako")],
    "block-56bbaecfe4b072fd3ded3079": [X("canberra")],  # parliament house, canberra
    "block-5aa97731e4b0acd9bdfd4a85": [X("washington")],  # "lawmakers in washington": the lawmakers are named and
    # the city is where they sit, as "the leaders in brussels"
    "block-558b06bce4b0e0aeb01159ad": [X("athens")],  # a time zone
    "block-56d3a9d2e4b074a9f6b3608b": [X("the bottom")],  # the bottom of the screen
    "block-59e5f2ca741a3105f3771271": [("brussels", "EU", M),  # hard: unlikely to "go down well in brussels":
        # the EU's reaction with no other agent named, as "in brussels, the visit will be watched with trepidation"
        X("number 10")],  # arriving at number 10 for cabinet: a place
    "block-59ac7b37e4b07c775243e58b": [X("pyongyang")],  # "the regime in pyongyang": the noun names the actor and
    # the city is its address, as "the government in kiev"
    "block-56c99b54e4b041c56e71d3e9": [X("london"), X("london"), X("london"),  # the mayor, the city, a financial
        X("singapore"), X("amsterdam"), X("paris")],  # centre, as its rivals
}


def main(shared):
    write_labels(shared, LABELS, START, [FIRST, GUARDIAN, HELD_OUT], leave_out=set(GUARDIAN), corpus=FULL,
                 every=FULL_EVERY)


if __name__ == "__main__":
    main(sys.argv[1])
