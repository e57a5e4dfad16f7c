package org.liveblog.analytics.actors.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds name-like phrases that no registry form matched, for curating the registry: runs of capitalised words in
 * cased text ("Oleksandr Syrskyi", "Zaporizhzhia Nuclear Power Plant"), joined by the particles names use ("of",
 * "von der", "al-"), outside every matched span. A capitalised word that only starts the sentence (or a quote) is not
 * evidence of a name and is skipped, as are leading articles, weekdays, months and common sentence openers.
 */
public final class CandidatePhrases {

  private static final Set<String> PARTICLES = Set.of("of", "the", "de", "da", "di", "del", "von", "van", "der",
      "den", "al", "el", "bin", "ibn", "la", "le", "du", "for", "and");

  private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "i", "in", "on", "at", "but", "and", "or",
      "if", "it", "its", "this", "that", "these", "those", "there", "their", "they", "we", "he", "she", "his", "her",
      "our", "you", "your", "my", "mr", "mrs", "ms", "dr", "as", "after", "before", "when", "while", "what", "who",
      "why", "how", "where", "with", "without", "from", "for", "by", "of", "to", "no", "not", "yes", "so", "some",
      "all", "one", "two", "three", "many", "more", "most", "here", "now", "then", "today", "yesterday", "tomorrow",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
      "april", "may", "june", "july", "august", "september", "october", "november", "december", "president",
      "minister", "prime", "foreign", "defence", "defense", "secretary", "general", "spokesperson", "spokesman",
      "chancellor", "king", "queen", "prince", "pope", "update", "updated", "breaking", "live", "bst", "gmt", "utc",
      "photograph", "video", "read", "summary", "key", "events", "according", "meanwhile", "however",
      "also", "earlier", "later", "covid", "tv", "ok");

  private CandidatePhrases() {}

  /**
   * The candidate phrases of {@code sentence}, skipping the spans of {@code matched} (offsets into the sentence).
   * Lower-cased text has none: capitals are the only evidence used.
   */
  public static List<String> find(String sentence, AliasMatcher.Matches matched) {
    Phrase phrase = new Phrase(sentence);
    int next = 0;
    int i = 0;
    boolean atStart = true;
    while (i < sentence.length()) {
      char c = sentence.charAt(i);
      if (!Character.isLetter(c)) {
        if (OPENERS.indexOf(c) >= 0) {
          // After a full stop, an opening quote, a colon or a dash the next word is capitalised anyway.
          atStart = c != '.' || i + 1 == sentence.length() || sentence.charAt(i + 1) == ' ';
          phrase.close();
        }
        i++;
        continue;
      }
      int end = wordEnd(sentence, i);
      while (next < matched.size() && matched.end(next) <= i) {
        next++;
      }
      boolean insideMatch = next < matched.size() && matched.start(next) < end;
      String lower = sentence.substring(i, end).toLowerCase(Locale.ROOT);
      if (Character.isUpperCase(c) && !insideMatch && !(atStart && NOT_NAMES.contains(lower))) {
        phrase.addWord(i, end, atStart);
      } else if (!insideMatch && PARTICLES.contains(lower) && phrase.continuesAt(i) && nextWordIsCapital(sentence, end)) {
        phrase.addParticle(end);
      } else {
        phrase.close();
      }
      atStart = false;
      i = end;
    }
    phrase.close();
    return phrase.found;
  }

  private static final String OPENERS = "\"“‘(:—.";

  /** The phrase being built: where it starts and ends, how many capitalised words it has. */
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "him", "her",
      "them", "the spokesperson", "the spokesman", "the spokeswoman", "officials", "the official", "a spokesperson",
      "a spokesman", "a spokeswoman", "sources", "a source");

  /** Whether an attributed speaker is a pronoun or an unnamed source, which is never a registry candidate. */
  public static boolean isPronoun(String speaker) {
    return PRONOUNS.contains(speaker.strip().toLowerCase(Locale.ROOT));
  }

  /** The speaker without a leading "the " ("the Kremlin" and "Kremlin" are one candidate). */
  public static String withoutArticle(String speaker) {
    String s = speaker.strip();
    return s.regionMatches(true, 0, "the ", 0, 4) ? s.substring(4) : s;
  }

  private static final class Phrase {
    final String sentence;
    final List<String> found = new ArrayList<>();
    int start = -1;
    int end;
    int words;
    boolean atSentenceStart;

    Phrase(String sentence) {
      this.sentence = sentence;
    }

    boolean continuesAt(int wordStart) {
      return start >= 0 && joins(sentence, end, wordStart);
    }

    void addWord(int wordStart, int wordEnd, boolean sentenceStart) {
      if (!continuesAt(wordStart)) {
        close();
        start = wordStart;
        atSentenceStart = sentenceStart;
      }
      end = wordEnd;
      words++;
    }

    void addParticle(int wordEnd) {
      end = wordEnd;
    }

    /** Keeps the phrase unless it is one word that only starts the sentence or is not a name. */
    void close() {
      if (start >= 0) {
        String phrase = sentence.substring(start, end);
        boolean single = words == 1;
        if (!(single && (atSentenceStart || NOT_NAMES.contains(phrase.toLowerCase(Locale.ROOT))))
            && phrase.length() > 1) {
          found.add(phrase);
        }
      }
      start = -1;
      words = 0;
    }
  }

  /** Whether the words at {@code previousEnd} and {@code start} are separated by one space, hyphen or apostrophe. */
  private static boolean joins(String text, int previousEnd, int start) {
    return start - previousEnd == 1 && (text.charAt(previousEnd) == ' ' || text.charAt(previousEnd) == '-');
  }

  private static boolean nextWordIsCapital(String text, int end) {
    return end + 1 < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '-')
        && Character.isUpperCase(text.charAt(end + 1));
  }

  /** End of the word at {@code i}: letters, with inner apostrophes ("O'Brien") but not a possessive 's. */
  private static int wordEnd(String text, int i) {
    int j = i;
    while (j < text.length()) {
      char c = text.charAt(j);
      if (Character.isLetter(c)) {
        j++;
      } else if ((c == '\'' || c == '’') && j + 1 < text.length() && Character.isLetter(text.charAt(j + 1))
          && !(text.charAt(j + 1) == 's' && (j + 2 == text.length() || !Character.isLetter(text.charAt(j + 2))))) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }
}
