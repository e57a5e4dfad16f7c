package org.liveblog.analytics.actors;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a metonym ("Moscow", "the White House") is used as a place or a name part rather than for the government
 * that acts — "a city is a metonym only when it acts" (docs/EVALUATION.md). Read from the words around it: a locative
 * preposition before it ("in Moscow", "at the White House"), a hashtag or handle sign, or a following word that makes
 * it a modifier of something that is not the government ("Moscow correspondent", "Paris agreement", "Berlin wall",
 * "Moscow time", "Paris-based", "Washington DC"). Directional prepositions are not enough: "aid to Kyiv" and "a
 * statement from the White House" are about the government.
 */
final class PlaceUse {

  private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "outside", "around", "across", "inside",
      "within", "visit", "visiting", "visited", "leaving", "left");

  /** Before "from"/"to": movement and reporting, which make the city a place ("expelled from Moscow"). */
  private static final Set<String> MOVEMENT = Set.of("expelled", "expel", "extradited", "deported", "reports",
      "reporting", "reported", "sends", "trip", "back", "flew", "flown", "travel", "travelled", "traveled", "travels",
      "arrived", "returned", "return", "returning", "moved", "fled", "journey", "flight", "flights", "route", "road",
      "leads");

  /** Before "of": the city's own affairs ("the streets of Moscow"), not its government. */
  private static final Set<String> CITY_PARTS = Set.of("streets", "future", "outskirts", "centre", "center", "mayor",
      "residents", "suburbs", "heart", "people", "citizens", "sections", "scenes");

  private static final Set<String> MODIFIED = Set.of("correspondent", "correspondents", "bureau", "times", "time",
      "agreement", "agreements", "accord", "accords", "protocol", "protocols", "format", "process", "wall", "metro",
      "underground", "subway", "airport", "stock", "market", "markets", "index", "exchange", "bourse", "marathon",
      "attack", "attacks", "bombing", "bombings", "region", "oblast", "mayor", "suburb", "suburbs", "residents",
      "university", "zoo", "club", "based", "dc", "d.c.", "state", "experiment", "meeting", "talks", "summit",
      "conference", "post", "journal", "abbey", "station", "street", "streets", "square", "hotel", "embassy",
      "offices", "rts", "liberal", "intelligentsia", "scenes", "sections", "play", "plays", "week");

  private PlaceUse() {}

  /** Whether the metonym at [start, end) of {@code text} is a place or a name part, not an actor. */
  static boolean isPlace(String text, int start, int end) {
    int sign = skipSpacesBack(text, start);
    if (sign > 0 && (text.charAt(sign - 1) == '#' || text.charAt(sign - 1) == '@')) {
      return true;
    }
    int at = wordStartBefore(text, start);
    String before = word(text, at, start);
    if (before.equals("the") || before.equals("a")) {
      int previous = wordStartBefore(text, at);
      before = word(text, previous, at);
      at = previous;
    }
    if (LOCATIVES.contains(before)) {
      return true;
    }
    String further = word(text, wordStartBefore(text, at), at);
    if (((before.equals("from") || before.equals("to")) && MOVEMENT.contains(further))
        || (before.equals("of") && CITY_PARTS.contains(further))) {
      return true;
    }
    return MODIFIED.contains(wordAfter(text, end));
  }

  private static int skipSpacesBack(String text, int index) {
    int i = Math.max(0, index);
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    return i;
  }

  /** Start of the word that ends before {@code index} (past spaces); {@code index} itself when there is none. */
  private static int wordStartBefore(String text, int index) {
    int end = skipSpacesBack(text, index);
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
    String word = text.substring(begin, end).toLowerCase(Locale.ROOT);
    return word.endsWith(".") && !word.equals("d.c.") ? word.substring(0, word.length() - 1) : word;
  }
}
