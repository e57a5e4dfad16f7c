package org.liveblog.analytics.topics.tagging;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.liveblog.analytics.actors.matching.ActorLexicon;
import org.liveblog.analytics.actors.matching.AliasMatcher;
import org.liveblog.analytics.topics.taxonomy.Taxonomy;
import org.liveblog.analytics.topics.taxonomy.TaxonomyTopic;
import org.liveblog.analytics.topics.taxonomy.TopicExclusion;
import org.liveblog.analytics.topics.taxonomy.TopicPhrase;

/**
 * A taxonomy flattened for tagging, broadcast once: one {@link AliasMatcher} over every phrase and exclusion spelling
 * (one for cased text, one for lower-cased text), and per spelling the phrases it credits and at which factor.
 * {@link #tag} makes one pass over an entry's text: every match credits its phrases, each phrase counts once per
 * entry at the best factor it was found at, a topic's score is the sum of its phrases' weights times those factors,
 * and the topic is the entry's when the score reaches the threshold (docs/TOPICS.md).
 */
public final class TopicTagger implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A phrase of weight 1 tags an entry on its own; weaker phrases need company. */
  public static final double DEFAULT_THRESHOLD = 1.0;

  /** Sums of weights such as 0.4 + 0.6 are compared with this slack, so that they reach 1.0. */
  private static final double SLACK = 1e-9;

  private final String[] topicIds;
  private final String[] phraseText;
  private final int[] phraseTopic;
  private final double[] phraseWeight;
  private final double threshold;
  private final String version;
  private final Reading cased;
  private final Reading lower;

  /** One matcher and, per payload (a spelling), the phrases it credits: creditStart[k] .. creditStart[k + 1] - 1. */
  private static final class Reading implements Serializable {
    private static final long serialVersionUID = 1L;
    final AliasMatcher matcher;
    final int[] creditStart;
    final int[] creditPhrase;
    final double[] creditFactor;

    Reading(AliasMatcher matcher, List<int[]> phrases, List<double[]> factors) {
      this.matcher = matcher;
      creditStart = new int[phrases.size() + 1];
      int total = phrases.stream().mapToInt(a -> a.length).sum();
      creditPhrase = new int[total];
      creditFactor = new double[total];
      int c = 0;
      for (int k = 0; k < phrases.size(); k++) {
        creditStart[k] = c;
        for (int j = 0; j < phrases.get(k).length; j++) {
          creditPhrase[c] = phrases.get(k)[j];
          creditFactor[c] = factors.get(k)[j];
          c++;
        }
      }
      creditStart[phrases.size()] = c;
    }
  }

  /** A spelling to match: its text, case rule, and the phrase it is (or the exclusion of a topic it is). */
  private record Spelling(String text, boolean caseSensitive, int phrase, int exclusionTopic, double factor) {}

  private TopicTagger(Taxonomy taxonomy, double threshold, Set<String> ordinaryWords) {
    if (!(threshold > 0) || !Double.isFinite(threshold)) {
      throw new IllegalArgumentException("topic threshold must be a positive number, got " + threshold);
    }
    this.threshold = threshold;
    this.version = taxonomy.contentHash();
    List<TaxonomyTopic> topics = taxonomy.topics();
    topicIds = topics.stream().map(TaxonomyTopic::topicId).toArray(String[]::new);
    List<String> texts = new ArrayList<>();
    List<Integer> topicOf = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    List<Spelling> spellings = new ArrayList<>();
    for (int t = 0; t < topics.size(); t++) {
      for (TopicPhrase phrase : topics.get(t).phrases()) {
        int p = texts.size();
        texts.add(phrase.text());
        topicOf.add(t);
        weights.add(phrase.weight());
        for (String s : withVariants(phrase.spellings())) {
          spellings.add(new Spelling(s, isCaseSensitive(s), p, -1, 1.0));
        }
      }
    }
    for (int t = 0; t < topics.size(); t++) {
      for (TopicExclusion exclusion : topics.get(t).exclusions()) {
        for (String s : withVariants(exclusion.spellings())) {
          spellings.add(new Spelling(s, isCaseSensitive(s), -1, t, exclusion.factor()));
        }
      }
    }
    phraseText = texts.toArray(String[]::new);
    phraseTopic = topicOf.stream().mapToInt(Integer::intValue).toArray();
    phraseWeight = weights.stream().mapToDouble(Double::doubleValue).toArray();
    cased = reading(spellings, false, ordinaryWords);
    lower = reading(spellings, true, ordinaryWords);
  }

  /** The tagger of {@code taxonomy} with the default threshold and the registry's ordinary words. */
  public static TopicTagger of(Taxonomy taxonomy) {
    return of(taxonomy, DEFAULT_THRESHOLD);
  }

  public static TopicTagger of(Taxonomy taxonomy, double threshold) {
    return new TopicTagger(taxonomy, threshold, ActorLexicon.ordinaryWords());
  }

  private static List<String> withVariants(List<String> spellings) {
    Set<String> all = new LinkedHashSet<>(spellings);
    for (String s : spellings) {
      all.addAll(TokenisedVariants.of(s));
    }
    return List.copyOf(all);
  }

  private static boolean isCaseSensitive(String spelling) {
    return spelling.chars().anyMatch(Character::isUpperCase);
  }

  /**
   * The matcher of one reading and each spelling's credits. A phrase credits itself at factor 1. An exclusion credits
   * the phrases found inside it by the phrases' own matcher: those of its topic at its factor, others at 1 (an
   * exclusion of energy does not hide a sanctions phrase inside it).
   */
  private Reading reading(List<Spelling> spellings, boolean lowerCased, Set<String> ordinaryWords) {
    List<AliasMatcher.Pattern> all = new ArrayList<>();
    List<AliasMatcher.Pattern> phrasesOnly = new ArrayList<>();
    for (int k = 0; k < spellings.size(); k++) {
      Spelling s = spellings.get(k);
      AliasMatcher.Pattern pattern = new AliasMatcher.Pattern(s.text(), s.caseSensitive(), k);
      all.add(pattern);
      if (s.phrase() >= 0) {
        phrasesOnly.add(pattern);
      }
    }
    AliasMatcher matcher = lowerCased ? AliasMatcher.forLowerCasedText(all, ordinaryWords) : AliasMatcher.forText(all);
    AliasMatcher inside = lowerCased
        ? AliasMatcher.forLowerCasedText(phrasesOnly, ordinaryWords) : AliasMatcher.forText(phrasesOnly);
    AliasMatcher.Matches matches = new AliasMatcher.Matches();
    List<int[]> credits = new ArrayList<>();
    List<double[]> factors = new ArrayList<>();
    for (Spelling s : spellings) {
      if (s.phrase() >= 0) {
        credits.add(new int[] {s.phrase()});
        factors.add(new double[] {1.0});
        continue;
      }
      inside.match(lowerCased ? s.text().toLowerCase(Locale.ROOT) : s.text(), matches);
      List<Integer> phrases = new ArrayList<>();
      for (int i = 0; i < matches.size(); i++) {
        int p = spellings.get(inside.payload(matches.pattern(i))).phrase();
        if (!phrases.contains(p)) {
          phrases.add(p);
        }
      }
      int[] ps = phrases.stream().mapToInt(Integer::intValue).toArray();
      double[] fs = new double[ps.length];
      for (int j = 0; j < ps.length; j++) {
        fs[j] = phraseTopic[ps[j]] == s.exclusionTopic() ? s.factor() : 1.0;
      }
      credits.add(ps);
      factors.add(fs);
    }
    return new Reading(matcher, credits, factors);
  }

  /** A buffer for {@link #tag}; one per thread. */
  public TopicScores newScores() {
    return new TopicScores(phraseText.length, topicIds.length);
  }

  /** Tags one text: the topics it carries are in {@code out}, best first. */
  public void tag(CharSequence text, TopicScores out, AliasMatcher.Matches matches) {
    reset(out);
    Reading reading = ActorLexicon.isCased(text) ? cased : lower;
    reading.matcher.match(text, matches);
    for (int i = 0; i < matches.size(); i++) {
      int k = reading.matcher.payload(matches.pattern(i));
      for (int c = reading.creditStart[k]; c < reading.creditStart[k + 1]; c++) {
        int p = reading.creditPhrase[c];
        double f = reading.creditFactor[c];
        if (out.bestFactor[p] < 0) {
          out.touchedPhrases[out.touchedPhraseCount++] = p;
          out.bestFactor[p] = f;
        } else if (f > out.bestFactor[p]) {
          out.bestFactor[p] = f;
        }
        if (f > 0) {
          out.occurrences[p]++;
        }
      }
    }
    for (int k = 0; k < out.touchedPhraseCount; k++) {
      int p = out.touchedPhrases[k];
      double contribution = phraseWeight[p] * out.bestFactor[p];
      if (contribution <= 0) {
        continue;
      }
      int t = phraseTopic[p];
      if (out.topicScore[t] == 0) {
        out.touchedTopics[out.touchedTopicCount++] = t;
      }
      out.topicScore[t] += contribution;
      out.topicHits[t] += out.occurrences[p];
    }
    for (int k = 0; k < out.touchedTopicCount; k++) {
      int t = out.touchedTopics[k];
      if (out.topicScore[t] >= threshold - SLACK) {
        out.add(t);
      }
    }
    out.sortResult();
  }

  private static void reset(TopicScores out) {
    for (int k = 0; k < out.touchedPhraseCount; k++) {
      int p = out.touchedPhrases[k];
      out.bestFactor[p] = -1;
      out.occurrences[p] = 0;
    }
    out.touchedPhraseCount = 0;
    for (int k = 0; k < out.touchedTopicCount; k++) {
      int t = out.touchedTopics[k];
      out.topicScore[t] = 0;
      out.topicHits[t] = 0;
    }
    out.touchedTopicCount = 0;
    out.clearResult();
  }

  public int topicCount() {
    return topicIds.length;
  }

  public String topicId(int topic) {
    return topicIds[topic];
  }

  public int phraseCount() {
    return phraseText.length;
  }

  /** A phrase as the taxonomy names it (its first spelling). */
  public String phraseText(int phrase) {
    return phraseText[phrase];
  }

  public int phraseTopic(int phrase) {
    return phraseTopic[phrase];
  }

  public double phraseWeight(int phrase) {
    return phraseWeight[phrase];
  }

  public double threshold() {
    return threshold;
  }

  /** The taxonomy's content hash: the version of the tags. */
  public String version() {
    return version;
  }
}
