#!/usr/bin/env python3
"""Training hand labels of metonyms in the Guardian live-blog entries, made in the same way as metonym_labels.py and
metonym_heldout_labels.py, as a TRAINING set for the metonym classifier, on entries of the whole Guardian corpus (all
kinds of live blogs, not only the Russia-Ukraine subset that the earlier sets come from). Offsets are found by
metonym_labels.write_labels and written to src/test/resources/eval/metonym-train-full-0-mentions.tsv (block ids,
offsets, actor ids and kinds only, no text; same columns as metonym-mentions.tsv).

Selection, fixed by rule before any labelling: the entries of ../shared/data/liveblogs-guardian-ukp/entries.jsonl.gz
(metonym_labels.FULL; lower-cased and tokenised like the subset), in file order, that have a block id, are not in
entries_russia_ukraine_subset.jsonl and contain a selection word as a whole word (the selection words are those of
metonym_labels.selection_words): 33,135 candidates, of which every 220th (metonym_labels.FULL_EVERY) from the 1st is
taken (indexes 0, 220, 440, ..., 33000 of that list): 151 entries. Entries of the Guardian set of guardian_labels.py
are left out by rule (none falls on these indexes). None of them is in the first metonym set, the held-out set or the
Guardian set (all three checked below; the first two come from the subset, which is not a candidate here).

Labelling: Claude (an AI model, working as annotator at a project developer's request) read every selected entry in
full, in batches of ten with the selection words marked, and judged every occurrence of a selection word (265), in
order, as a metonym (42, in 28 of the 151 entries; kind `metonym`, written to the tsv) or not an actor mention (223,
written here as X(...), on record but not written to the tsv). The set was labelled blind to the system: the actor
matcher, the metonym classifier and the evaluation were not run on these entries and their output was not looked at;
the only other labels consulted were the earlier sets' own judgements and comments of like phrases, for consistency.
Drawn from all kinds of live blogs (business, politics, news, sport, culture), these entries use capitals far more
often as places, markets and name parts than the subset does, so metonyms are rarer here.

Metonyms by actor: GRC 12 (athens), GBR 9 (whitehall 4, downing street 3, number 10 1, london 1), EU 5 (brussels),
USA 4 (white house), CHN 2 (beijing), us_defense_department 2 (pentagon), RUS 2 (kremlin 1, moscow 1), DEU 2 (berlin),
and one each for PRT (lisbon), gbr_parliament (westminster), NZL (wellington), IRN (tehran). Not mentions: london 68,
paris 22, washington 11, brussels 10, athens 9, westminster 9, "the bottom" 8 ("the bottom line", "a race to the
bottom", the bottom of an index or a page), canberra 7, beijing 7, tokyo 5, rome 5 (rome, new york), berlin 5, havana
4, luxembourg 4, white house 4, copenhagen 3, douglas 3 (a first name, a surname, a school's name), jerusalem 3,
victoria 3 (a first name twice, the australian state), dublin 3, port vila 3, downing street 2, amsterdam 2, jakarta 2,
lisbon 2, wellington 2, capitol hill 2, bamako 2, and one each of minsk, roseau, tunis, cairo, stanley (in a bank's
name), kingston (a london district), san juan, pentagon, hamilton (an island), madrid, kabul, oslo, singapore (the
city-state named as a country in a list). Number 10 also acts under spellings that are not selection words ("no 10"
twice in one entry, "no10" three times in quoted tweets in another); they are not labelled, as the selection is fixed,
and no other place or building was found used as a metonym ("the city" for the financial sector and "wall street" are
markets; "state department" and "the treasury" are names).

Rules: exactly those of metonym_labels.py's docstring (a capital or seat is a metonym when it stands for the government
or the body housed there as actor, speaker, holder of a view or power, or party acted upon, also after a preposition;
it is not a mention when it is where something happens or someone is, a name part or attribute, a market, a time zone,
the city's own affairs, the presidency as an office run for; title before a name labels the seat word; a "the" right
before kremlin, white house or pentagon is part of the surface; the same actor ids, with westminster ->
gbr_parliament), and the later sets' recurring decisions ("ambassador to <capital>" is a metonym, "<seat> spokesman /
aides / read-out" label the seat word, "<seat> correspondent / pool reporter" does not; "the government in <capital>"
and "<people> in <capital>" are places). Cases that were hard to decide by these rules carry a comment on their line
saying how they were decided. Decisions that recur here: a capital's stock market or exchange ("shares in london",
"the athens market", "the nikkei in tokyo") and a city's own affairs (its mayor, housing, transport, emergency
services) are not mentions; whitehall for the central government as holder of power or the party acted upon
("whitehall oversight", "cuts across whitehall", rates "sent up to whitehall") is a metonym, as "power devolved from
whitehall" in the first set.

Usage: python3 tools/eval/metonym_train_labels_full_0.py ../shared/data > src/test/resources/eval/metonym-train-full-0-mentions.tsv
"""
import sys

from guardian_labels import LABELS as GUARDIAN
from metonym_heldout_labels import LABELS as HELD_OUT
from metonym_labels import FULL, FULL_EVERY, LABELS as FIRST, M, X, write_labels

START = 0  # every 220th (metonym_labels.FULL_EVERY) of the candidate entries of the whole corpus from this index

LABELS = {
    "block-57223936e4b0a2f1205147dd": [X("brussels"),  # "reports from brussels": where the reports come from, as
        # "reports from kiev" in the first set
        ("athens", "GRC", M)],  # athens and its lenders "in full agreement": the Greek government, a party to the deal
    "block-58ca143be4b0c4701dc862b6": [("brussels", "EU", M)],  # "the power of brussels": the EU as holder of power
    "block-59341bd5e4b0be3ed1922d79": [X("london"), X("london")],  # "london bridge": a name part
    "block-58f76c27e4b05776df18f1f2": [X("paris"), X("london"), X("london")],  # the cities' own affairs
    "block-56ba1f75e4b06aaa9439d7ae": [X("washington")],
    "block-54d8f9d6e4b0011e4382c934": [X("minsk")],
    "block-56d8edcde4b0a02aed205ee8": [X("washington")],
    "block-56b9e0cee4b01b57bb993f73": [X("london"), X("london"), X("london")],  # the stock market
    "block-59ffef3bc850af0689ad0b8e": [X("tokyo")],
    "block-58610dc1e4b0966513aedcec": [X("london")],
    "block-54e0a15ae4b02b3dc40f7ce2": [X("copenhagen"), X("copenhagen"), X("copenhagen")],
    "block-55a6ca05e4b0f63008f13fa3": [X("athens")],  # "midnight in athens": a time zone
    "block-56a9e010e4b01bdf9cfbba2f": [X("london")],  # "the times of london": a name part
    "block-56f13e67e4b04098f62c5f06": [X("havana"), X("havana"), X("havana"), X("havana")],
    "block-56bc7586e4b065091c397754": [("lisbon", "PRT", M)],  # "lisbon 's new left-wing government": as "athens '
    # coalition government" in the first set
    "block-59c07ff1e4b0c1d591831d57": [X("roseau")],
    "block-542c51e0e4b02bc0ea5bc6fc": [X("london"), X("washington")],
    "block-56386c38e4b006cc607570d0": [X("the bottom"),  # "the bottom of the ftse 100": no place at all
        X("london")],
    "block-5509efd4e4b0360de01dbaf6": [X("tunis")],
    "block-56b90d21e4b082834087e021": [X("canberra")],
    "block-58b07b44e4b08ddc9a5e34dd": [X("brussels"),  # "the terror of brussels": the attacks that happened there
        X("tokyo")],
    "block-54ad410fe4b0461a99f1372b": [X("paris")],
    "block-57611afde4b005ab05d21327": [X("the bottom")],  # "at the bottom of this article": no place at all
    "block-570d848fe4b0283cd85b715d": [X("rome"), X("rome"), X("rome"), X("rome"), X("rome")],  # rome, new york
    "block-547c6dc6e4b0cee6fa56296c": [X("downing street")],  # protesters "on their way to" it: a destination
    "block-58828ca0e4b00b8fc2ae2fd3": [X("washington"), X("washington")],
    "block-554b192fe4b0fd459e538ddc": [X("london"), X("london")],
    "block-55b9d66ce4b04b785e6ef733": [("beijing", "CHN", M), X("beijing")],
    "block-597a522de4b0cc197665c09b": [X("paris")],  # "the treaty of paris": a name part
    "block-56e6b988e4b07324a2d39e06": [X("cairo")],
    "block-571947f9e4b0e8c8aac0a0c0": [X("washington"), X("douglas")],  # douglas: a first name
    "block-5a4b8dc2e4b01254e1d20fb6": [X("london")],
    "block-5934fdc5e4b0bdd87e2f367c": [X("london"), X("london"), X("london"), X("london"), X("london"), X("london"),
        X("london")],
    "block-54d1c6f8e4b0c3cd649a9e8e": [X("london")],
    "block-56c64b71e4b0f276c5add26d": [X("brussels")],  # "a brussels backdrop" behind a speaker: a place
    "block-58d4e706e4b0a411e9ab7f7f": [X("westminster"), X("westminster"),
        X("london")],  # "a day london has trained for": the city's emergency services, the city's own affairs
    "block-58455207e4b049350cc96093": [("athens", "GRC", M)],
    "block-5924a43fe4b0533caf41aa0d": [X("london")],
    "block-5739e9bee4b0ac0aa28f5107": [("athens", "GRC", M), ("athens", "GRC", M), ("athens", "GRC", M)],
    "block-5895589de4b0c64fe7017154": [("the white house", "USA", M)],
    "block-56a1f205e4b0a5f019fc0ec2": [X("london"), X("london")],  # the stock market
    "block-5a72eb49e4b05a271eb4db38": [X("beijing"), X("beijing"), X("beijing")],
    "block-55feb9ace4b024facf8de5cf": [X("athens")],
    "block-56f07b4fe4b0ba593ff0738f": [X("jerusalem")],
    "block-5427fc49e4b0d9a595cc49d8": [("westminster", "gbr_parliament", M)],  # hard: a lack of "political consent
    # at westminster" holds the government back: parliament as holder of power, not the place where an MP sits
    "block-565af1c4e4b035aa11510525": [X("london")],
    "block-593654c8e4b00493c8279d12": [X("london"), X("london")],  # "london bridge": a name part
    "block-592d6524e4b0bdd87e2f1724": [X("downing street")],  # a joke about "the breakfast table in" it: the prime
    # minister's household at home, a place
    "block-56505d9de4b019950d872884": [X("paris"), X("paris"), X("amsterdam")],
    "block-556853ebe4b02e888202fcce": [X("london")],
    "block-56670073e4b013c996248203": [X("paris"), X("paris"), X("paris")],
    "block-58d3e703e4b007e8557eede6": [X("westminster"), X("london"), X("paris"), X("brussels"), X("berlin"),
        X("london"), X("westminster"), X("london")],  # the attacks and the scenes in the cities: places
    "block-5597a7a2e4b00bdd27707b20": [("brussels", "EU", M)],
    "block-547539f5e4b0438503350370": [X("washington"), X("washington")],
    "block-5a7d3509e4b05abd28aac1f7": [X("tokyo")],  # "the nikkei in tokyo": a market
    "block-56973aede4b0c7c2ceb9fa5f": [X("jakarta"), X("jakarta")],
    "block-556fd852e4b087202436ca86": [X("paris")],
    "block-558c28ede4b0ec49dbd1f36f": [X("athens")],  # "the athens exchange": a market
    "block-5407281ce4b00ef2b327f55d": [X("the bottom"), X("the bottom")],  # "the bottom line"
    "block-578fa058e4b03c191048313c": [X("stanley"),  # in a bank's name
        X("london"), X("athens")],  # markets
    "block-592e3e78e4b0bdd87e2f1a7d": [("london", "GBR", M),  # hard: a tweet "brandis qc for london ? or ... for
        ("wellington", "NZL", M)],  # wellington ?" on a rumoured diplomatic posting: the state the envoy would be
        # sent to, as "ambassador to moscow" in the held-out set
    "block-574da530e4b0f2e58e8bc554": [X("london")],  # the city's mayor
    "block-59067494e4b0c76b6ff6a8df": [X("westminster"),  # hard: "not angling to return to westminster": a seat in
        # parliament as an office to be won, as "run for the white house" in the first set
        X("westminster"),  # "56 westminster seats": an attribute
        X("london"), X("kingston"), X("london")],
    "block-57ff6772e4b047a4eaafc0cf": [("brussels", "EU", M)],  # "independence from brussels": from the EU
    "block-59c1e8b1e4b021abf3161d5f": [X("san juan")],
    "block-5719ca73e4b076540492d914": [X("amsterdam"),
        X("athens")],  # hard: "good news from athens", where the talks with the lenders were held: as "news from
        # washington" in the first training set, a place
    "block-56370e0ae4b025d517f03f78": [X("london"), X("london"), X("brussels"), X("paris")],  # airports, a region
    "block-573b55bbe4b0670dcbee9292": [X("washington"),  # "some in washington": people named, the city their address
        X("pentagon"),  # "highest-ranking women in the history of the pentagon": where she worked, as "tenure at the
        # pentagon" in the first training set
        ("pentagon", "us_defense_department", M)],  # "pentagon chief": the head of the department, a title
    "block-58d99a22e4b007e8557f0314": [X("hamilton")],  # hamilton island
    "block-55818231e4b061e6666bb7bf": [("athens", "GRC", M)],
    "block-5582eecde4b02e174bb6317d": [X("luxembourg"), ("athens", "GRC", M), ("athens", "GRC", M),
        ("athens", "GRC", M), X("luxembourg"), X("brussels")],  # luxembourg, brussels: where the meetings are held
    "block-56957d64e4b0f2d1f22cc4b4": [("the white house", "USA", M), ("tehran", "IRN", M),
        ("the pentagon", "us_defense_department", M)],
    "block-5ab0f1b9e4b071417f655ef5": [("number 10", "GBR", M), ("downing street", "GBR", M)],
    "block-57027d0be4b0f2216ccb2943": [X("london")],  # the city's mayoral election
    "block-559e9edae4b05111b7559517": [X("london"), X("london")],
    "block-559ad7cee4b032a39a3bad44": [("athens", "GRC", M)],  # hard: a letters headline, athens "has reinvented
    # our vision of democracy" after the Greek referendum: Greece's government and vote as actor, not the city
    "block-57ad972ee4b024cdec3d6d46": [X("london"), X("london"), X("london"), X("london")],  # an estate agent's
    # name, the city's own housing
    "block-5a712150e4b0ec2e958cd8ff": [X("white house")],  # the president "leaves the white house": a place
    "block-59ed86222461f00778bc2ea5": [X("madrid")],  # "the spanish government in madrid": the noun names the actor
    # and the city is its address, as "the government in kiev" in the first training set
    "block-583d9be3e4b015a427f75d95": [X("victoria")],  # a first name
    "block-5757094ee4b06a49db63ac4b": [X("westminster")],  # "the westminster elite": an attribute, as "the
    # washington establishment" in the first set
    "block-594bd580e4b01a490fd24fa6": [X("london")],
    "block-56cb0f9ce4b0f2fd18cafee8": [X("london"), X("lisbon")],  # a borough; "the lisbon treaty": a name part
    "block-553f4662e4b0384d9f96111a": [X("canberra"), X("canberra")],
    "block-5aafef91e4b06194ea77df10": [("brussels", "EU", M), ("the kremlin", "RUS", M), ("moscow", "RUS", M),
        ("downing street", "GBR", M)],
    "block-55ec0d1ae4b0a6f717152636": [X("london")],
    "block-590fe1dbe4b0d608cb08283b": [X("paris"), X("paris")],  # "the paris agreement"
    "block-599b30bce4b0ee47ab0ae6fe": [X("white house"),  # "the white house pool reporter": a reporter's beat
        ("white house", "USA", M),  # "white house aides", as "white house officials"
        X("white house")],  # walked back into it: a place
    "block-556e6665e4b07871543bad70": [X("canberra")],
    "block-564e622ce4b062d400968577": [X("canberra")],
    "block-565289f7e4b0580447fdf6c4": [X("paris")],
    "block-5646b0abe4b06fb53392c5d1": [X("paris")],  # flights to the city
    "block-59c8a184e4b0c2f349fe3cea": [X("berlin")],
    "block-5473671de4b0111029b678da": [X("london")],
    "block-568f28b0e4b0600201f44302": [X("tokyo")],  # hard: "aso said tokyo that ...", a word dropped: the
    # minister speaking in the city (he is named as the speaker), a place
    "block-55a22bdde4b07fc6a121fb4a": [X("brussels"),  # "over in brussels, finance ministers are gathering": a place
        ("berlin", "DEU", M), ("athens", "GRC", M), ("athens", "GRC", M)],
    "block-541b8527e4b0885b8d645b5b": [X("london")],  # "people in london"
    "block-5543daffe4b06320f1035bf6": [X("the bottom")],  # "the race to the bottom"
    "block-5976f4a8e4b09e6a64ed7862": [X("wellington"), X("wellington")],
    "block-56e1af6de4b0b2eee93d477a": [X("capitol hill"),  # "a vote on capitol hill": a place
        X("capitol hill")],  # "his republican colleagues on capitol hill": the people named, the hill their address,
        # as "overseers on capitol hill" in the first training set
    "block-55dd421be4b01e510371831f": [("beijing", "CHN", M)],  # "beijing began to crack down on corruption"
    "block-56aa4a31e4b0411054ac43de": [X("white house"), X("washington")],  # met the president "in the white house"
    "block-56d1bfcae4b0bd5a0524ce2d": [X("dublin"), X("dublin")],
    "block-58ee2290e4b05b487c0e1b00": [X("brussels")],  # "over in brussels", the imf chief warned: a place
    "block-59f98380b54d7306b33f5301": [X("the bottom")],  # "the bottom of the ftse 100 leaderboard"
    "block-575ec2cfe4b0aa348f1cc29c": [X("the bottom")],  # "a race to the bottom"
    "block-55ed44f2e4b0a6f71715284b": [X("luxembourg"),  # the country, named beside sweden and denmark: a country's
        # name, not a capital standing for a government (as singapore in a ranking in the third training set)
        ("whitehall", "GBR", M)],  # "swingeing cuts across whitehall": the government departments as the party hit
    "block-5746bd76e4b04536c2a441a9": [X("london")],  # the city's mayor
    "block-55321d07e4b075f8560d718b": [X("westminster"),  # "running for a seat in westminster": an office run for
        X("westminster")],  # "every westminster politician": an attribute
    "block-5805eecae4b0cd26ff71e44b": [X("victoria")],  # a first name in a show's name
    "block-55dbfe95e4b066a0c2408f1e": [X("tokyo")],  # a market
    "block-5ab69be9e4b01a4d38baa82d": [X("douglas")],  # the parkland school's name
    "block-57ac6772e4b0f231200d9e0d": [("whitehall", "GBR", M)],  # "whitehall oversight" of the railways: the
    # government departments as holder of power, as "power devolved from whitehall" in the first set
    "block-55099da3e4b0d8348eda9550": [X("douglas")],  # a surname (douglas-home)
    "block-5587bdfbe4b0b5dab300bc7d": [X("kabul"), X("oslo")],
    "block-5aa000b2e4b01ab1d54642d0": [X("london")],
    "block-5505441ee4b0ed6eabad35e1": [X("port vila"), X("port vila"), X("port vila")],
    "block-565f2325e4b05c30c3e48f39": [X("london")],  # the stock market
    "block-53fc6ce9e4b0231e2167ee2a": [X("london")],  # the city's property market
    "block-5744d902e4b04536c2a43ca5": [X("victoria")],  # the australian state
    "block-558abc5fe4b024f829c5d248": [X("london")],  # the city's mayoralty
    "block-565c5c04e4b037ebb2affed2": [X("paris")],
    "block-59255f8fe4b0e76a8f2064d2": [X("london")],
    "block-54cb971ee4b04dd92e4237a4": [X("athens")],  # hard: "athens-eurogroup head ... says" in a quoted wire
    # flash: a topic slug before the speaker, not the Greek government acting (as a hashtag in the first training set)
    "block-56b09edae4b0460293002799": [("downing street", "GBR", M)],  # "will not make happy reading in downing
    # street": the prime minister's office as the party affected, as "boots quaking in the kremlin" in the first set
    "block-564af630e4b0a51fe20186f8": [X("brussels"), X("lisbon")],  # where the minister spoke; a treaty's name
    "block-5717502be4b0585020da7067": [X("brussels")],  # briefing reporters there: a place
    "block-55e78d5ee4b02d37554a7d6b": [X("beijing"), X("beijing")],
    "block-54f41c1ee4b011581586e851": [X("london")],  # the university of london: a name part
    "block-5772a4cee4b05e63db153f28": [("whitehall", "GBR", M)],  # "before whitehall was sure": the civil service as
    # holder of a view
    "block-569640f4e4b060a3548d0080": [X("london")],
    "block-5807fb7ae4b005f21833b3b0": [X("washington")],
    "block-550c5610e4b0c360811ba954": [X("athens")],  # a market
    "block-5872319be4b02851854c1e09": [X("jerusalem"), X("jerusalem")],  # "jerusalem post": a name part
    "block-5551cffce4b03c5682abbd9e": [X("canberra")],
    "block-59b79157e4b03c091fa4c723": [("brussels", "EU", M)],  # agree positions "with brussels": with the EU
    "block-58585f04e4b0e4889e0f84da": [("the white house", "USA", M), X("berlin"), X("berlin"),
        ("berlin", "DEU", M)],  # "we stand together with berlin": the German government, an ally
    "block-560082bfe4b0f86f4e9b400b": [X("london"), X("berlin")],  # "the berlin wall": a name part
    "block-576e3db2e4b030d83eb4a534": [X("london"), X("london"), X("london"), X("london"), X("london"), X("london"),
        X("dublin")],  # the city of london, a financial centre, and cities as bases: places and names
    "block-5649dc1de4b0e98c91b0ceee": [X("paris")],
    "block-571a4b7ae4b004e32eb22d9b": [X("london")],  # "the london corruption summit": where it is held
    "block-575960f2e4b00f7e4b17753b": [X("london"),  # the city's mayor
        X("singapore")],  # the city-state named as a country in a list, not a capital for a government
    "block-56125d07e4b037fcf5ffd0ea": [("whitehall", "GBR", M)],  # rates "sent up to whitehall": to central
    # government, as "power devolved from whitehall" in the first set
    "block-564f29fee4b08be930847cfa": [X("bamako"), X("bamako")],
    "block-56bbbaa4e4b00ce1debeaad6": [X("beijing")],
    "block-55b9bf17e4b04b785e6ef702": [X("athens"), X("athens")],  # "the athens stock exchange"
    "block-557fcc89e4b05122bb9ad39d": [X("the bottom")],  # "the bottom line"
    "block-5747a40fe4b006af16bc0da9": [X("paris"), X("paris"), X("paris"), X("paris")],  # the paris agreement and
    # where it was agreed
    "block-59e5ffeeabb06d06a4deadd2": [X("luxembourg")],
    "block-59acfe20e4b07c775243e751": [X("canberra")],
    "block-56c9a898e4b0f2fd18cafc21": [X("paris")],  # "paris style terrorist attacks"
}


def main(shared):
    write_labels(shared, LABELS, START, [FIRST, GUARDIAN, HELD_OUT], leave_out=set(GUARDIAN), corpus=FULL,
                 every=FULL_EVERY)


if __name__ == "__main__":
    main(sys.argv[1])
