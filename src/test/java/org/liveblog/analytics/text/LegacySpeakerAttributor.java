package org.liveblog.analytics.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * SpeakerAttributor exactly as it was before it was split into tokenizer, cue detectors, names and quote blocks
 * (commit 307e1b4), kept only so that SpeakerAttributorEquivalenceTest can compare the two on real text.
 */
final class LegacySpeakerAttributor {

  private static final Set<String> STOP = words(
      "the", "a", "an", "this", "that", "these", "those", "it", "its", "his", "her", "hers", "their", "our", "my", "your",
      "we", "i", "you", "he", "she", "they", "him", "them", "us", "me", "who", "whom", "whose", "which", "what", "and",
      "or", "but", "nor", "as", "when", "while", "where", "if", "because", "so", "than", "then", "also", "has", "had",
      "have", "having", "was", "were", "is", "are", "be", "been", "being", "will", "would", "could", "should", "can",
      "not", "never", "no", "now", "later", "earlier", "previously", "reportedly", "again", "just", "today",
      "yesterday", "tonight", "tomorrow", "there", "here", "to", "of", "in", "on", "at", "for", "with", "by", "from",
      "after", "before", "about", "into", "over", "under", "during", "since", "until", "officials", "official",
      "sources", "source", "analysts", "analyst", "experts", "expert", "witnesses", "witness", "residents", "people",
      "critics", "authorities", "report", "reports", "statement", "statements", "document", "letter", "survey", "poll",
      "study", "data", "figures", "one", "two", "some", "many", "most", "all", "both", "each", "other", "others",
      "someone", "somebody", "anyone", "everyone", "nobody", "nothing", "something", "everything", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
      "june", "july", "august", "september", "october", "november", "december", "said", "says", "told", "added",
      "asked", "however", "meanwhile", "standards", "plan", "rules", "law", "according", "asked", "speaking", "do",
      "did", "does", "n't", "'s", "’s", "'", "only", "even", "still", "yet", "too", "very", "respondents",
      "protesters", "demonstrators", "diplomats", "lawmakers", "mps", "ministers", "leaders", "observers", "doctors",
      "voters", "members", "activists", "citizens", "journalists", "reporters", "campaigners", "economists");

  private static final Set<String> ROLES = words(
      "president", "prime", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "chancellor",
      "ambassador", "senator", "governor", "mayor", "premier", "commissioner", "chief", "mr", "mrs", "ms", "dr", "prof",
      "sir", "dame", "lord", "king", "queen", "pope", "leader", "deputy", "envoy", "adviser", "advisor", "aide", "head",
      "director", "chairman", "chairwoman", "chair", "ceo", "mp", "mep", "spokespeople", "representative");

  private static final Set<String> PARTICLES = words(
      "von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "del", "della", "al", "bin", "ben", "ibn", "el",
      "dos", "das", "ter", "zu");

  private static final Set<String> CONNECTORS = words("of", "for", "and", "the", "on", "de", "von", "der", "al");

  private static final Set<String> PREPOSITIONS = words(
      "of", "from", "in", "at", "with", "by", "for", "to", "on", "about", "against", "near", "behind");

  private static final Set<String> DETERMINERS = words("the", "a", "an", "his", "her", "its", "their", "our", "this");

  private static final Set<String> AUX = words(
      "has", "had", "have", "also", "later", "previously", "earlier", "then", "reportedly", "again", "just", "now",
      "further", "once", "repeatedly", "subsequently", "apparently", "recently", "only", "already", "separately");

  private static final Set<String> AGENCY_AUX = words("is", "was", "are", "were", "been", "has", "have", "had", "also");

  private static final Set<String> AGENCY_DESCRIPTORS = words(
      "news", "agency", "newspaper", "broadcaster", "channel", "service", "outlet", "wire", "daily", "website",
      "tabloid", "network");

  private static final Set<String> KNOWN_AGENCIES = words(
      "reuters", "afp", "ap", "interfax", "tass", "ria", "ria novosti", "ukrinform", "bloomberg", "associated press",
      "press association", "pa", "bbc", "cnn", "sky news", "xinhua", "yonhap", "kyodo", "dpa", "efe", "ansa", "unian",
      "itar-tass", "sputnik", "al jazeera", "nbc", "cbs", "abc", "fox news", "new york times", "washington post",
      "wall street journal", "financial times", "kommersant", "izvestia", "meduza", "politico", "axios", "anadolu");

  private static final Set<String> END_OK = words(
      "that", "which", "who", "whom", "in", "on", "at", "as", "and", "to", "said", "says", "told", "has", "had", "have",
      "was", "is", "were", "are", "will", "would", "via", "for", "from", "with", "after", "before", "during", "but",
      "claimed", "reported", "added", "also", "warned", "insisted", "there", "it", "he", "she", "they", "this", "since",
      "while", "when", "than", "because", "by", "about", "over");

  private static final Set<String> INTRO_VERBS = words(
      "said", "says", "told", "added", "adds", "wrote", "writes", "posted", "posts", "tweeted", "tweets", "stated",
      "continued", "explained", "warned", "declared", "announced", "replied", "insisted", "cites", "cited", "quotes",
      "quoted", "citing", "quoting", "adding", "saying", "writing", "concluded", "argued");

  private static final Set<String> CITE_VERBS = words("cites", "cited", "quotes", "quoted", "citing", "quoting");

  private static final Set<String> PARTICIPLES = words("adding", "saying", "writing");

  private static final Set<String> QUOTE_VERBS = words(
      "said", "says", "added", "adds", "told", "asked", "insisted", "warned", "replied", "continued", "wrote", "explained",
      "stressed", "argued", "tweeted", "posted", "claimed", "declared", "concluded", "noted", "urged");

  private static final Set<String> REPORTED_VERBS = words(
      "said", "says", "told", "added", "claimed", "warned", "warns", "insisted", "insists", "stated",
      "announced", "argued", "argues", "stressed", "tweeted", "wrote", "writes");

  private static final Set<String> AGENCY_VERBS = words(
      "reports", "reported", "reporting", "cites", "cited", "quotes", "quoted");

  private static final Set<String> NAMES_ENDING_IN_ED = words(
      "ahmed", "mohammed", "mohamed", "muhammed", "ted", "fred", "ed", "reed", "jared", "alfred", "mahmoud");

  private static Set<String> words(String... words) {
    return Set.copyOf(Arrays.asList(words));
  }

  private static final String[] CLITICS = {"s", "re", "ll", "d", "m", "ve"};

  private final Attribution[] none = new Attribution[0];
  private String text;
  private boolean lower;
  private int[] tokenStart = new int[128];
  private int[] tokenEnd = new int[128];
  private int tokenCount;
  private int nameFrom;
  private int nameTo;
  private boolean namePronoun;

  /** What one sentence says about itself, before pronouns are resolved against the entry. */
  private static final class Finding {
    SpeakerCue cue;
    boolean quote;
    boolean introAtEnd;
    String speaker;
    boolean pronoun;
    String antecedent;
  }

  /** One attribution per sentence of {@code segmentation}, in sentence order. */
  public Attribution[] attribute(Segmentation segmentation) {
    int sentences = segmentation.sentenceCount();
    if (sentences == 0) {
      return none;
    }
    this.text = segmentation.text();
    this.lower = segmentation.isLowerCased();
    Attribution[] out = new Attribution[sentences];
    Arrays.fill(out, Attribution.NONE);
    String lastNamed = null;
    int paragraphs = segmentation.paragraphCount();
    int p = 0;
    while (p < paragraphs) {
      int first = segmentation.paragraphFirstSentence(p);
      int limit = segmentation.paragraphSentenceLimit(p);
      Finding last = null;
      for (int s = first; s < limit; s++) {
        Finding f = detect(segmentation.sentenceStart(s), segmentation.sentenceEnd(s));
        last = f;
        if (f == null) {
          continue;
        }
        String speaker = f.speaker;
        if (f.pronoun) {
          speaker = lastNamed;
        } else if (speaker != null && f.cue != SpeakerCue.AGENCY_REPORT && f.cue != SpeakerCue.ACCORDING_TO) {
          lastNamed = speaker;
        }
        if (f.antecedent != null) {
          lastNamed = f.antecedent;
        }
        out[s] = new Attribution(f.quote, speaker, f.cue);
      }
      propagateWithinQuotes(segmentation, first, limit, out);
      if (last == null || !last.introAtEnd) {
        p++;
        continue;
      }
      String speaker = out[limit - 1].speaker();
      Attribution quoted = new Attribution(true, speaker, SpeakerCue.COLON_INTRO);
      int q = p + 1;
      boolean previousEndedOpen = false;
      while (q < paragraphs) {
        int qFirst = segmentation.paragraphFirstSentence(q);
        int qLimit = segmentation.paragraphSentenceLimit(q);
        if (isIntro(segmentation, qLimit - 1)) {
          break;
        }
        if (q > p + 1) {
          boolean continues = startsWithQuoteOrEllipsis(segmentation.paragraphStart(q), segmentation.paragraphEnd(q))
              || previousEndedOpen;
          if (!continues || hasOwnAttribution(segmentation, qFirst, qLimit)) {
            break;
          }
        }
        for (int s = qFirst; s < qLimit; s++) {
          out[s] = quoted;
        }
        previousEndedOpen =
            quoteState(segmentation.paragraphStart(q), segmentation.paragraphEnd(q), false);
        q++;
      }
      p = q;
    }
    return out;
  }

  private boolean isIntro(Segmentation segmentation, int sentence) {
    Finding f = detect(segmentation.sentenceStart(sentence), segmentation.sentenceEnd(sentence));
    return f != null && f.introAtEnd && (f.speaker != null || f.pronoun);
  }

  private boolean hasOwnAttribution(Segmentation segmentation, int first, int limit) {
    for (int s = first; s < limit; s++) {
      Finding f = detect(segmentation.sentenceStart(s), segmentation.sentenceEnd(s));
      if (f != null && (f.cue == SpeakerCue.QUOTE_SAID || f.cue == SpeakerCue.COLON_INTRO
          || f.cue == SpeakerCue.AGENCY_REPORT)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A quote that runs over several sentences of a paragraph belongs to whoever the closing sentence names, and a
   * wholly quoted sentence right after an attributed quote continues it.
   */
  private void propagateWithinQuotes(Segmentation segmentation, int first, int limit, Attribution[] out) {
    if (limit - first < 2) {
      return;
    }
    boolean[] openAtStart = new boolean[limit - first + 1];
    boolean open = false;
    for (int s = first; s < limit; s++) {
      openAtStart[s - first] = open;
      open = quoteState(segmentation.sentenceStart(s), segmentation.sentenceEnd(s), open);
    }
    openAtStart[limit - first] = open;
    for (int s = limit - 1; s > first; s--) {
      if (out[s].cue() != SpeakerCue.QUOTE_SAID) {
        continue;
      }
      for (int t = s - 1; t >= first && openAtStart[t + 1 - first]; t--) {
        if (out[t].cue() == null) {
          out[t] = out[s];
        }
        if (!openAtStart[t - first]) {
          break;
        }
      }
    }
    for (int s = first + 1; s < limit; s++) {
      Attribution previous = out[s - 1];
      if (out[s].cue() == null && previous.cue() == SpeakerCue.QUOTE_SAID && !openAtStart[s - first]
          && !openAtStart[s + 1 - first]
          && startsWithQuoteOrEllipsis(segmentation.sentenceStart(s), segmentation.sentenceEnd(s))
          && !startsWithEllipsis(segmentation.sentenceStart(s), segmentation.sentenceEnd(s))) {
        out[s] = previous;
      }
    }
  }

  // ---------------------------------------------------------------------------------------------- one sentence

  private Finding detect(int start, int end) {
    tokenize(start, end);
    if (tokenCount == 0) {
      return null;
    }
    Finding f = detectColon();
    if (f == null) {
      f = detectQuoteSaid();
    }
    if (f == null) {
      f = detectAgency();
    }
    if (f == null) {
      f = detectAccordingTo();
    }
    if (f == null) {
      f = detectReported();
    }
    return f;
  }

  private Finding detectColon() {
    for (int c = 1; c < tokenCount; c++) {
      if (!isPunct(c, ':')) {
        continue;
      }
      for (int v = c - 1; v >= 0 && v >= c - 11; v--) {
        if (isBarrier(v)) {
          break;
        }
        if (!isWord(v) || !INTRO_VERBS.contains(word(v)) || !isLowerWord(v)) {
          continue;
        }
        Finding f = new Finding();
        f.cue = SpeakerCue.COLON_INTRO;
        f.introAtEnd = !hasWordAfter(c);
        f.quote = !f.introAtEnd;
        String verb = word(v);
        if (CITE_VERBS.contains(verb)) {
          if (nameAfter(v + 1)) {
            f.speaker = name();
          }
        } else if (PARTICIPLES.contains(verb)) {
          Finding reported = detectReported();
          if (reported != null) {
            f.speaker = reported.speaker;
            f.pronoun = reported.pronoun;
          }
        } else if (nameBefore(v, false)) {
          f.pronoun = namePronoun;
          f.speaker = namePronoun ? null : name();
        }
        if (f.quote && f.speaker == null && !f.pronoun) {
          return null; // an inline colon without a named speaker is too weak
        }
        return f;
      }
    }
    return null;
  }

  private Finding detectQuoteSaid() {
    boolean open = false;
    for (int q = 0; q < tokenCount; q++) {
      int kind = quoteKind(q, open);
      if (kind > 0) {
        open = true;
        continue;
      }
      if (kind == 0) {
        continue;
      }
      open = false;
      if (q == 0) {
        continue;
      }
      int j = q + 1;
      if (j < tokenCount && isPunct(j, ',')) {
        j++;
      }
      if (j >= tokenCount || !isWord(j)) {
        continue;
      }
      if (QUOTE_VERBS.contains(word(j)) && isLowerWord(j)) {
        if (j + 1 < tokenCount && isPronoun(j + 1)) {
          return found(SpeakerCue.QUOTE_SAID, true, null, true);
        }
        if (nameAfter(j + 1)) {
          return found(SpeakerCue.QUOTE_SAID, true, name(), false);
        }
        continue;
      }
      for (int v = j + 1; v < tokenCount && v <= j + 6; v++) {
        if (!isWord(v)) {
          if (isPunct(v, ',')) {
            continue;
          }
          break;
        }
        if (QUOTE_VERBS.contains(word(v)) && isLowerWord(v)) {
          if (nameBefore(v, false) && nameFrom >= j) {
            return found(SpeakerCue.QUOTE_SAID, true, namePronoun ? null : name(), namePronoun);
          }
          break;
        }
      }
    }
    return null;
  }

  private Finding detectAgency() {
    int firstWord = 0;
    while (firstWord < tokenCount && !isWord(firstWord)) {
      firstWord++;
    }
    for (int v = firstWord + 1; v < tokenCount; v++) {
      if (!isWord(v) || !AGENCY_VERBS.contains(word(v)) || !isLowerWord(v)) {
        continue;
      }
      boolean nearStart = v <= firstWord + 8;
      boolean closing = v > 1 && closesSentence(v + 1);
      if (!nearStart && !closing) {
        continue;
      }
      if (word(v).equals("reporting") && (v < 1 || !isWord(v - 1) || !AGENCY_AUX.contains(word(v - 1)))) {
        continue;
      }
      int descriptorsBefore = countDescriptorsBefore(v);
      if (!nameBefore(v, true) || namePronoun) {
        continue;
      }
      if (!nearStart && (nameFrom == 0 || !isPunct(nameFrom - 1, ','))) {
        continue;
      }
      String agency = name();
      if (lower && descriptorsBefore == 0 && !KNOWN_AGENCIES.contains(agency)) {
        continue;
      }
      Finding f = found(SpeakerCue.AGENCY_REPORT, false, agency, false);
      int after = v + 1;
      if (after < tokenCount && isWord(after) && word(after).equals("that")) {
        after++;
      }
      if (!lower && after < tokenCount && isWord(after) && !isLowerWord(after) && !STOP.contains(word(after))
          && nameAfter(after)) {
        f.antecedent = name();
      }
      return f;
    }
    return null;
  }

  private Finding detectAccordingTo() {
    for (int t = 0; t + 2 < tokenCount; t++) {
      if (isWord(t) && word(t).equals("according") && isWord(t + 1) && word(t + 1).equals("to") && nameAfter(t + 2)) {
        return found(SpeakerCue.ACCORDING_TO, false, name(), false);
      }
    }
    return null;
  }

  private Finding detectReported() {
    boolean open = false;
    for (int v = 0; v < tokenCount; v++) {
      int kind = quoteKind(v, open);
      if (kind != 0) {
        open = kind > 0;
        continue;
      }
      if (open || !isWord(v) || !REPORTED_VERBS.contains(word(v)) || !isLowerWord(v)) {
        continue;
      }
      if (v + 1 < tokenCount && isPunct(v + 1, ':')) {
        continue;
      }
      String verb = word(v);
      if (v > 0 && isPunct(v - 1, ',') && (verb.equals("said") || verb.equals("says"))) {
        if (v + 1 < tokenCount && isPronoun(v + 1) && closesSentence(v + 2)) {
          return found(SpeakerCue.REPORTED_SPEECH, false, null, true);
        }
        if (nameAfter(v + 1) && closesSentence(nameTo)) {
          return found(SpeakerCue.REPORTED_SPEECH, false, name(), false);
        }
      }
      if (nameBefore(v, false)) {
        return found(SpeakerCue.REPORTED_SPEECH, false, namePronoun ? null : name(), namePronoun);
      }
    }
    return null;
  }

  private static Finding found(SpeakerCue cue, boolean quote, String speaker, boolean pronoun) {
    Finding f = new Finding();
    f.cue = cue;
    f.quote = quote;
    f.speaker = speaker;
    f.pronoun = pronoun;
    return f;
  }

  // ---------------------------------------------------------------------------------------------- names

  /** The speaker phrase that ends right before token {@code v}; sets nameFrom/nameTo/namePronoun. */
  private boolean nameBefore(int v, boolean agency) {
    namePronoun = false;
    int k = v - 1;
    Set<String> skippable = agency ? AGENCY_AUX : AUX;
    for (int skipped = 0; k >= 0 && skipped < 2 && isWord(k) && (skippable.contains(word(k)) || isAdverb(k));
        skipped++) {
      k--;
    }
    if (agency) {
      while (k >= 0 && isWord(k) && AGENCY_DESCRIPTORS.contains(word(k)) && (lower || isLowerWord(k))) {
        k--;
      }
    }
    if (k < 0) {
      return false;
    }
    if (isPronoun(k)) {
      namePronoun = true;
      nameFrom = k;
      nameTo = k + 1;
      return true;
    }
    if (isPunct(k, ',')) {
      return !agency && appositive(k);
    }
    return collectBackward(k);
  }

  /** "X, apposition, said": the apposition when it is a name, else the name before it. */
  private boolean appositive(int comma) {
    int previous = -1;
    for (int i = comma - 1; i >= 0 && i >= comma - 10; i--) {
      if (isPunct(i, ',')) {
        previous = i;
        break;
      }
      if (!isWord(i)) {
        return false;
      }
    }
    if (previous < 0 || previous + 1 >= comma) {
      return false;
    }
    int length = comma - previous - 1;
    if (length <= (lower ? 3 : 5) && collectBackward(comma - 1) && nameFrom == previous + 1) {
      return true;
    }
    int head = previous + 1;
    boolean descriptive = lower
        ? STOP.contains(word(head)) || length > 3 || word(head).endsWith("ing")
        : isLowerWord(head);
    return descriptive && previous > 0 && isWord(previous - 1) && collectBackward(previous - 1);
  }

  private boolean collectBackward(int k) {
    int limit = lower ? 3 : 5;
    int i = k;
    while (i >= 0 && k - i < limit && isNameToken(i, i < k)) {
      i--;
    }
    int from = i + 1;
    if (from > k) {
      return false;
    }
    if (!lower) {
      boolean capitalised = false;
      for (int t = from; t <= k; t++) {
        capitalised |= !isLowerWord(t);
      }
      if (!capitalised) {
        return false;
      }
    }
    if (afterPreposition(from)) {
      return false; // "the head of Gazprom said": the speaker is not Gazprom
    }
    nameFrom = from;
    nameTo = k + 1;
    return true;
  }

  private boolean afterPreposition(int from) {
    int t = from - 1;
    if (t >= 0 && isWord(t) && DETERMINERS.contains(word(t))) {
      t--;
    }
    return t >= 0 && isWord(t) && PREPOSITIONS.contains(word(t));
  }

  private boolean isNameToken(int t, boolean followedByName) {
    char first = text.charAt(tokenStart[t]);
    if (!isWord(t) || isPossessive(t) || Character.isDigit(first) || first == '\'' || first == '’') {
      return false;
    }
    String w = word(t);
    if (STOP.contains(w) || ROLES.contains(w)) {
      return false;
    }
    if (lower) {
      return !looksLikeVerbOrAdverb(w);
    }
    if (Character.isUpperCase(text.charAt(tokenStart[t]))) {
      return true;
    }
    return followedByName && PARTICLES.contains(w);
  }

  private static boolean looksLikeVerbOrAdverb(String w) {
    if (w.length() > 4 && (w.endsWith("ly") || w.endsWith("ing"))) {
      return true;
    }
    return w.length() > 3 && w.endsWith("ed") && !NAMES_ENDING_IN_ED.contains(w);
  }

  /** The name phrase starting at token {@code k} ("according to the Ministry of Defence, ..."). */
  private boolean nameAfter(int k) {
    namePronoun = false;
    int i = k;
    for (int skipped = 0; i < tokenCount && skipped < 3 && isWord(i)
        && (word(i).equals("the") || ROLES.contains(word(i))); skipped++) {
      i++;
    }
    int from = i;
    int lastGood = -1;
    int limit = lower ? 4 : 6;
    while (i < tokenCount && i - from < limit && isWord(i)) {
      String w = word(i);
      if (lower) {
        if (STOP.contains(w) && !(isPossessive(i) && i > from) || looksLikeVerbOrAdverb(w)
            || Character.isDigit(w.charAt(0))) {
          break;
        }
        if (!isPossessive(i)) {
          lastGood = i;
        }
      } else if (!isLowerWord(i) && !STOP.contains(w) && !Character.isDigit(w.charAt(0))) {
        lastGood = i;
      } else if (!(i > from && (CONNECTORS.contains(w) || PARTICLES.contains(w)))) {
        break;
      }
      i++;
    }
    if (lastGood < from) {
      return false;
    }
    int after = lastGood + 1;
    if (after < tokenCount && isWord(after)) {
      String w = word(after);
      if (!END_OK.contains(w) && !(w.endsWith("ing") && w.length() > 4)) {
        return false;
      }
    }
    nameFrom = from;
    nameTo = lastGood + 1;
    return true;
  }

  private String name() {
    int start = tokenStart[nameFrom];
    int end = tokenEnd[nameTo - 1];
    String raw = text.substring(start, end);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != ' ' && Character.isWhitespace(c)) {
        return raw.replaceAll("\\s+", " ");
      }
    }
    return raw;
  }

  private int countDescriptorsBefore(int v) {
    int k = v - 1;
    for (int skipped = 0; k >= 0 && skipped < 2 && isWord(k) && AGENCY_AUX.contains(word(k)); skipped++) {
      k--;
    }
    int count = 0;
    while (k >= 0 && isWord(k) && AGENCY_DESCRIPTORS.contains(word(k))) {
      k--;
      count++;
    }
    return count;
  }

  // ---------------------------------------------------------------------------------------------- tokens

  private void tokenize(int start, int end) {
    tokenCount = 0;
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int tokenEndAt;
      if ((c == '`' || c == '\'') && i + 1 < end && text.charAt(i + 1) == c) {
        tokenEndAt = i + 2;
      } else if (Character.isLetterOrDigit(c) || isClitic(i, start, end)) {
        int j = i + 1;
        while (j < end) {
          char d = text.charAt(j);
          if (Character.isLetterOrDigit(d)) {
            j++;
          } else if ((d == '\'' || d == '’' || d == '-' || d == '.' || d == '&') && j + 1 < end
              && Character.isLetterOrDigit(text.charAt(j + 1))) {
            j += 2;
          } else {
            break;
          }
        }
        tokenEndAt = j;
      } else {
        tokenEndAt = i + 1;
      }
      if (tokenCount == tokenStart.length) {
        tokenStart = Arrays.copyOf(tokenStart, tokenCount * 2);
        tokenEnd = Arrays.copyOf(tokenEnd, tokenCount * 2);
      }
      tokenStart[tokenCount] = i;
      tokenEnd[tokenCount] = tokenEndAt;
      tokenCount++;
      i = tokenEndAt;
    }
  }

  /** PTB clitics written as their own token: 's 're 'll 'd 'm 've. */
  private boolean isClitic(int i, int start, int end) {
    char c = text.charAt(i);
    if ((c != '\'' && c != '’') || (i > start && !Character.isWhitespace(text.charAt(i - 1)))) {
      return false;
    }
    int j = i + 1;
    while (j < end && Character.isLetter(text.charAt(j))) {
      j++;
    }
    int length = j - i - 1;
    return length > 0 && length <= 2 && SentenceSplitter.matchesAny(text, i + 1, j, CLITICS);
  }

  private boolean isWord(int t) {
    char c = text.charAt(tokenStart[t]);
    return Character.isLetterOrDigit(c) || (tokenEnd[t] - tokenStart[t] > 1 && (c == '\'' || c == '’')
        && Character.isLetter(text.charAt(tokenStart[t] + 1)));
  }

  /** A lower-case word ending in -ly ("actually", "reportedly"): skipped between a name and its verb. */
  private boolean isAdverb(int t) {
    int length = tokenEnd[t] - tokenStart[t];
    return length > 4 && isLowerWord(t) && text.startsWith("ly", tokenEnd[t] - 2);
  }

  private boolean isLowerWord(int t) {
    return !Character.isUpperCase(text.charAt(tokenStart[t]));
  }

  private String word(int t) {
    return text.substring(tokenStart[t], tokenEnd[t]).toLowerCase(Locale.ROOT);
  }

  private boolean isPunct(int t, char c) {
    return tokenEnd[t] - tokenStart[t] == 1 && text.charAt(tokenStart[t]) == c;
  }

  private boolean isPronoun(int t) {
    if (!isWord(t)) {
      return false;
    }
    String w = word(t);
    return w.equals("he") || w.equals("she") || w.equals("they");
  }

  private boolean isPossessive(int t) {
    int s = tokenStart[t];
    int e = tokenEnd[t];
    if (e - s < 2) {
      return false;
    }
    char apostrophe = text.charAt(e - 2);
    char last = text.charAt(e - 1);
    return (apostrophe == '\'' || apostrophe == '’') && (last == 's' || last == 'S');
  }

  /** Sentence terminators, quote marks and colons end the clause a verb and its name may share. */
  private boolean isBarrier(int t) {
    if (isWord(t)) {
      return false;
    }
    char c = text.charAt(tokenStart[t]);
    return SentenceSplitter.isTerminator(c) || c == ':' || c == ';' || c == '“' || c == '”' || c == '"' || c == '`'
        || (c == '\'' && tokenEnd[t] - tokenStart[t] == 2);
  }

  /** Only terminators, closing quotes or brackets from token {@code t} to the end of the sentence. */
  private boolean closesSentence(int t) {
    for (int i = t; i < tokenCount; i++) {
      if (isWord(i)) {
        return false;
      }
      char c = text.charAt(tokenStart[i]);
      if (!(SentenceSplitter.isTerminator(c) || c == '”' || c == '’' || c == '"' || c == '\'' || c == ')')) {
        return false;
      }
    }
    return true;
  }

  private boolean hasWordAfter(int t) {
    for (int i = t + 1; i < tokenCount; i++) {
      if (isWord(i)) {
        return true;
      }
    }
    return false;
  }

  /** +1 opening quote mark, -1 closing quote mark, 0 neither; {@code open} disambiguates straight quotes. */
  private int quoteKind(int t, boolean open) {
    if (isWord(t)) {
      return 0;
    }
    int s = tokenStart[t];
    char c = text.charAt(s);
    int length = tokenEnd[t] - s;
    if (length == 2) {
      return c == '`' ? 1 : (c == '\'' ? -1 : 0);
    }
    switch (c) {
      case '“':
      case '«':
        return 1;
      case '”':
      case '»':
        return -1;
      case '"':
        return open ? -1 : 1;
      case '’':
      case '\'':
        if (s > 0 && ",.!?…".indexOf(text.charAt(s - 1)) >= 0) {
          return -1;
        }
        return 0;
      default:
        return 0;
    }
  }

  // ---------------------------------------------------------------------------------------------- characters

  /** Whether a double quote is open after scanning [start, end) from state {@code open}. */
  private boolean quoteState(int start, int end, boolean open) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '“' || c == '«') {
        open = true;
      } else if (c == '”' || c == '»') {
        open = false;
      } else if (c == '`' && i + 1 < end && text.charAt(i + 1) == '`') {
        open = true;
        i++;
      } else if (c == '\'' && i + 1 < end && text.charAt(i + 1) == '\'') {
        open = false;
        i++;
      } else if (c == '"') {
        open = !open;
      }
    }
    return open;
  }

  private boolean startsWithQuoteOrEllipsis(int start, int end) {
    char c = text.charAt(start);
    return c == '“' || c == '‘' || c == '"' || c == '«' || c == '\''
        || (c == '`' && start + 1 < end && text.charAt(start + 1) == '`')
        || startsWithEllipsis(start, end);
  }

  private boolean startsWithEllipsis(int start, int end) {
    return text.charAt(start) == '…' || text.startsWith("...", start) && start + 3 <= end;
  }
}
