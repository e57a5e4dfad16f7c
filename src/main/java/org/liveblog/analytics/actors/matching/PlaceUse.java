package org.liveblog.analytics.actors.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words around a metonym ("Moscow", "the White House") that tell whether it stands for the government or body
 * that acts or is a place or name part — "a city is a metonym only when it acts" (docs/EVALUATION.md). They are the
 * features that {@link MetonymModel} weighs: the metonym's kind (a seat such as the Kremlin, or a city) and word, the
 * words before and after it, and the word classes below that those words fall in, alone and with the kind.
 *
 * <p>Classes that point to a place or name part: a locative before it ("in Moscow", "at the White House"), movement
 * or reporting with "from"/"to" ("expelled from Moscow"), the name of a part with "of" ("the streets of Moscow"), a
 * run for an office ("run for the White House"), a noun after it that it modifies ("Moscow correspondent", "Paris
 * agreement", "Paris-based"), an address ("Washington, DC"), a hashtag or handle sign, a dotted name
 * ("moscow.week"). Classes that point to the government: a verb after it ("Moscow said", past an adverb), a
 * possessive, a government noun after it ("the Kyiv authorities", "Moscow-backed"), a relation before it ("relations
 * with", "aid to", "pressure on"), a verb or preposition that takes a party ("urged", "by", "against", "pro-"),
 * "between ... and", "out of". The lists were written from the first metonym set's errors and the words seen around
 * capitals in the unlabelled Guardian corpus; how much each counts is learnt.
 */
final class PlaceUse {

  private static final Set<String> LOCATIVES = words("in", "at", "near", "outside", "around", "across", "inside",
      "within", "visit", "visiting", "visited", "leaving", "left");

  /** Before "from"/"to": movement and reporting, which make the city a place ("expelled from Moscow"). */
  private static final Set<String> MOVEMENT = words("expelled", "expel", "extradited", "deported", "reports",
      "reporting", "reported", "sends", "trip", "back", "flew", "flown", "travel", "travelled", "traveled", "travels",
      "arrived", "returned", "return", "returning", "moved", "fled", "journey", "flight", "flights", "route", "road",
      "leads", "diplomats", "scores");

  /** Before "of": the city's own affairs or a building's parts ("the streets of Moscow"), not its government. */
  private static final Set<String> PARTS = words("streets", "future", "outskirts", "centre", "center", "mayor",
      "residents", "suburbs", "heart", "people", "citizens", "sections", "scenes", "office", "lawn", "gates", "steps",
      "grounds", "walls", "room", "wing", "corridors", "halls", "doors", "roof", "balcony");

  /** Before "for": running for the office a seat stands for ("run for the White House"). */
  private static final Set<String> OFFICE_RACE = words("run", "running", "ran", "bid", "race", "campaign");

  /** After it: a noun it modifies, which makes it a name part or the city's own ("Moscow correspondent"). */
  private static final Set<String> MODIFIED = words("correspondent", "correspondents", "bureau", "times", "time",
      "agreement", "agreements", "accord", "accords", "protocol", "protocols", "format", "process", "wall", "metro",
      "underground", "subway", "airport", "stock", "market", "markets", "index", "exchange", "bourse", "marathon",
      "attack", "attacks", "bombing", "bombings", "region", "oblast", "mayor", "suburb", "suburbs", "residents",
      "university", "zoo", "club", "based", "dc", "d.c.", "state", "experiment", "meeting", "talks", "summit",
      "conference", "post", "journal", "abbey", "station", "street", "streets", "square", "hotel", "embassy",
      "offices", "rts", "liberal", "intelligentsia", "scenes", "sections", "play", "plays", "week", "candidate",
      "candidates", "hopeful", "hopefuls", "race", "main", "listed", "home", "establishment", "campaigning",
      "terrorist", "hospital", "climate", "bridge", "terror", "prosecutor", "prosecutors", "hall", "police", "system",
      "bubble", "politics", "election", "elections", "constituencies", "examiner", "hilton", "elite", "area",
      "magistrates", "district", "court", "chamber", "council", "polling", "village", "neighbourhood", "traders",
      "school", "restaurant", "match", "city");

  /** After a city: its government acting ("Moscow said", "Paris wanted", "if Moscow is implicated"). */
  private static final Set<String> VERBS = words("is", "was", "has", "had", "have", "will", "would", "could", "can",
      "should", "may", "might", "must", "did", "does", "wo", "says", "said", "say", "wants", "wanted", "needs",
      "needed", "insists", "insisted", "denies", "denied", "claims", "claimed", "warned", "warns", "accused",
      "accuses", "responded", "responds", "rejected", "rejects", "suggested", "suggests", "hopes", "hoped",
      "believes", "believed", "sees", "saw", "seems", "seemed", "appears", "appeared", "refused", "refuses", "agreed",
      "agrees", "announced", "announces", "demanded", "demands", "threatened", "threatens", "blamed", "blames",
      "urged", "urges", "argued", "argues", "considers", "considered", "fears", "feared", "expects", "expected",
      "recognised", "recognized", "recognises", "recognizes", "backs", "supports", "supported", "condemned",
      "condemns", "welcomed", "welcomes", "dismissed", "dismisses", "retaliated", "reacted", "reacts", "falls",
      "plans", "planned", "intends", "intended", "decided", "decides", "imposed", "imposes", "ordered", "orders",
      "vowed", "vows", "promised", "promises", "pledged", "pledges", "regards", "regarded", "views", "viewed",
      "knows", "knew", "thinks", "thought", "tried", "tries", "sought", "seeks", "continues", "continued",
      "blocked", "blocks", "vetoed", "offered", "offers", "signed", "signs", "joined", "joins", "launched",
      "launches", "expelled", "expels", "summoned", "summons", "protested", "protests", "confirmed", "confirms",
      "admitted", "admits", "stated", "states", "told", "tells", "called", "calls", "described", "describes",
      "reiterated", "reiterates", "maintained", "maintains", "stressed", "stresses", "hit", "hits", "struck",
      "responded", "retorted", "wanted", "needs", "owes", "owed", "paid", "pays", "sent", "granted", "grants",
      "accepted", "accepts", "ignored", "ignores", "sanctioned", "approved", "approves", "allowed", "allows",
      "insisting", "denying", "claiming", "demanding", "warning", "accusing", "threatening", "trying", "seeking", "not",
      "delivers", "failed", "fails", "submitted", "began", "prepares", "devalued", "reneged", "explains", "aimed",
      "miscalculated", "pushing", "pushed", "relies", "hails", "hailed", "breached", "agree", "want", "need",
      "responds");

  /** After a city: a noun or attribute of its government ("the Kyiv authorities", "Moscow-backed", "Moscow meddling"). */
  private static final Set<String> GOVERNMENT_NOUNS = words("authorities", "government", "governments", "regime",
      "leadership", "leaders", "officials", "administration", "meddling", "interference", "involvement",
      "aggression", "ally", "allies", "backers", "line", "position", "stance", "policy", "policies", "backed", "led",
      "controlled", "friendly", "imposed", "sponsored", "brokered", "installed", "allied", "appointed", "aligned",
      "loyal", "loyalist", "loyalists", "leaning", "spokesman", "spokeswoman", "spokesperson", "aide",
      "aides", "insiders", "envoy", "diplomacy", "response", "representatives", "negotiators", "bureaucrats",
      "bureaucracy");

  /** Before "with", "to", "on", "from" or "of": a relation or an act that takes a party. */
  private static final Set<String> RELATIONS = words("relations", "ties", "contacts", "contact", "talks",
      "cooperation", "dialogue", "deal", "deals", "negotiations", "relationship", "links", "collusion", "dealings",
      "rift", "dispute", "standoff", "tensions", "war", "conflict", "confrontation", "row", "aid", "ultimatum",
      "message", "support", "threat", "warning", "letter", "envoy", "loyal", "loyalty", "appeal",
      "request", "demand", "demands", "offer", "note", "signal", "concession", "concessions", "reply", "response",
      "pressure", "sanctions", "influence", "blame", "calls", "call", "crackdown", "retaliation", "leverage",
      "contrition", "sympathy", "word", "statement", "backing", "approval", "help", "position", "policy",
      "decision", "stance", "interests", "intentions", "claims", "role", "involvement", "allies", "behalf",
      "overtures", "olive", "gesture", "apology", "protest", "complaint", "objections", "criticism", "opposition");

  /** Right before a city: a verb whose object is a party ("urged Kyiv", "should the US arm Kiev", "warned Moscow"). */
  private static final Set<String> TRANSITIVE = words("arm", "arming", "warned", "warn", "warns", "warning",
      "urged", "urge", "urges", "urging", "accused", "accuse", "accuses", "accusing", "blamed", "blame", "blames",
      "blaming", "told", "tell", "tells", "asked", "ask", "asks", "pressed", "press", "pressured", "pressure",
      "punish", "punished", "punishing", "sanction", "sanctioned", "condemned", "condemn", "condemns",
      "criticised", "criticized", "criticise", "criticize", "supported", "support", "supports", "backed", "backing",
      "wants", "want", "wanted", "persuade", "persuaded", "convince", "convinced", "trust", "trusted", "helped",
      "defied", "defy", "confront", "confronted", "engage", "engaged", "isolate", "isolated", "deter", "deterred",
      "challenge", "challenged", "provoke", "provoked", "reassure", "reassured", "informed", "inform", "notified",
      "notify", "lobbied", "lobby", "contacted", "embarrass", "embarrassed", "allow", "allowed", "force", "forced",
      "push", "pushing", "prevent", "encourage", "woo", "wooing", "blackmailing", "irk", "praised", "praise",
      "attacked", "defying", "give", "giving", "offer", "offered", "granting", "neither", "nor", "if", "whether",
      "unless", "pro", "anti", "by", "against", "with");

  /** Before a city, after a word of {@link #RELATIONS}: "relations with", "aid to", "pressure on", "word from". */
  private static final Set<String> PARTY_PREPOSITIONS = words("with", "to", "on", "from", "of");

  private PlaceUse() {}

  private static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /**
   * The features of the metonym at [start, end) of {@code text} for {@link MetonymModel}: its kind and word, the words
   * around it, and which of the word classes above they fall in (alone and with the kind: "LOC", "LOC|city").
   */
  static List<String> features(String text, int start, int end, boolean city) {
    String kind = city ? "city" : "seat";
    List<String> features = new ArrayList<>();
    features.add("kind=" + kind);
    String surface = text.substring(start, end).toLowerCase(Locale.ROOT);
    features.add("w=" + (surface.startsWith("the ") ? surface.substring(4) : surface));
    List<String> classes = new ArrayList<>();
    int sign = skipSpacesBack(text, start);
    if (sign > 0 && (text.charAt(sign - 1) == '#' || text.charAt(sign - 1) == '@')) {
      classes.add("SIGN");
    }
    if (end + 1 < text.length() && text.charAt(end) == '.' && Character.isLetterOrDigit(text.charAt(end + 1))) {
      classes.add("DOTTED");
    }
    String after = wordAfter(text, end);
    features.add("n1=" + after);
    if (end < text.length() && text.charAt(end) == '-') {
      features.add("hyphen=" + after);
    }
    if (possessiveFollows(text, end)) {
      classes.add("POSSESSIVE");
    }
    String verb = after;
    if (after.endsWith("ly")) {
      // An adverb between the city and its verb: "Brussels urgently needs".
      verb = wordAfter(text, endOfWordAfter(text, end));
    }
    int at = wordStartBefore(text, start);
    String before = word(text, at, start);
    features.add("p1=" + before);
    if (before.equals("the") || before.equals("a")) {
      classes.add("ARTICLE");
      int previous = wordStartBefore(text, at);
      before = word(text, previous, at);
      at = previous;
      features.add("p1s=" + before);
    }
    int furtherAt = wordStartBefore(text, at);
    String further = word(text, furtherAt, at);
    features.add("p2=" + further + "_" + before);
    addIf(classes, LOCATIVES.contains(before), "LOCATIVE");
    addIf(classes, (before.equals("from") || before.equals("to")) && MOVEMENT.contains(further), "MOVEMENT");
    addIf(classes, before.equals("of") && PARTS.contains(further), "PART");
    addIf(classes, before.equals("for") && OFFICE_RACE.contains(further), "RACE");
    addIf(classes, MODIFIED.contains(after), "MODIFIED");
    addIf(classes, after.isEmpty() && addressFollows(text, end), "ADDRESS");
    addIf(classes, VERBS.contains(verb), "VERB");
    addIf(classes, GOVERNMENT_NOUNS.contains(after), "GOVERNMENT_NOUN");
    addIf(classes, PARTY_PREPOSITIONS.contains(before) && RELATIONS.contains(further), "RELATION");
    addIf(classes, TRANSITIVE.contains(before), "PARTY_VERB");
    addIf(classes, before.equals("between") || before.equals("and")
        && word(text, wordStartBefore(text, furtherAt), furtherAt).equals("between"), "BETWEEN");
    addIf(classes, before.equals("of") && further.equals("out"), "OUT_OF");
    for (String c : classes) {
      features.add(c);
      features.add(c + "|" + kind);
    }
    return features;
  }

  private static void addIf(List<String> features, boolean condition, String feature) {
    if (condition) {
      features.add(feature);
    }
  }

  /** Whether a possessive follows the word ending at {@code index}: "Moscow's", "moscow 's", "Athens'". */
  private static boolean possessiveFollows(String text, int index) {
    int begin = index;
    while (begin < text.length() && text.charAt(begin) == ' ') {
      begin++;
    }
    for (String possessive : new String[] {"'s", "’s", "'", "’"}) {
      int end = begin + possessive.length();
      if (text.startsWith(possessive, begin) && (end == text.length() || text.charAt(end) == ' ')) {
        return true;
      }
    }
    return false;
  }

  /** "Washington, DC": a comma and a district after the city. */
  private static boolean addressFollows(String text, int index) {
    int begin = index;
    while (begin < text.length() && (text.charAt(begin) == ' ' || text.charAt(begin) == ',')) {
      begin++;
    }
    String rest = text.substring(begin, Math.min(text.length(), begin + 4)).toLowerCase(Locale.ROOT);
    return rest.startsWith("dc") || rest.startsWith("d.c.");
  }

  private static int skipSpacesBack(String text, int index) {
    int i = Math.max(0, index);
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    return i;
  }

  /** Start of the word that ends before {@code index} (past spaces and one hyphen); {@code index} when there is none. */
  private static int wordStartBefore(String text, int index) {
    int end = skipSpacesBack(text, index);
    if (end > 0 && text.charAt(end - 1) == '-' && end == index) {
      end--;
    }
    int begin = end;
    while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
      begin--;
    }
    return begin == end ? index : begin;
  }

  /** The lower-case letters from {@code begin} up to the first non-letter before {@code limit}. */
  private static String word(String text, int begin, int limit) {
    int end = begin;
    while (end < limit && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(begin, end).toLowerCase(Locale.ROOT);
  }

  /** The lower-case word that starts at {@code index}, past spaces, one hyphen and a possessive; "" at the end. */
  private static String wordAfter(String text, int index) {
    int end = endOfWordAfter(text, index);
    int begin = end;
    while (begin > index && (Character.isLetter(text.charAt(begin - 1)) || text.charAt(begin - 1) == '.')) {
      begin--;
    }
    String word = text.substring(begin, end).toLowerCase(Locale.ROOT);
    return word.endsWith(".") && !word.equals("d.c.") ? word.substring(0, word.length() - 1) : word;
  }

  /** Where the word that {@link #wordAfter} reads ends. */
  private static int endOfWordAfter(String text, int index) {
    int begin = index;
    if (begin < text.length() && text.charAt(begin) == '-') {
      begin++;
    }
    while (begin < text.length() && text.charAt(begin) == ' ') {
      begin++;
    }
    for (String possessive : new String[] {"'s ", "’s ", "' ", "’ "}) {
      if (text.startsWith(possessive, begin)) {
        begin += possessive.length();
        break;
      }
    }
    while (begin < text.length() && text.charAt(begin) == ' ') {
      begin++;
    }
    int end = begin;
    while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '.')) {
      end++;
    }
    return end;
  }
}
