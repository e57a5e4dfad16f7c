package org.liveblog.analytics.stance.model;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.ml.attribute.AttributeGroup;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF5;

/**
 * A stand-in for the lexicon scorer's {@code lexicon_features} vector, from the VADER lexicon's word valences (read
 * from a file: the lexicon is not shipped by this package), so that {@link StanceModel}'s lexicon path is exercised
 * before that scorer exists. Layout: {@link #LAYOUT}.
 */
public final class VaderLexiconFeatures implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The vector's entries: VADER-style compound scores (sum of valences s, normalised as s / sqrt(s² + 15), in
   * (-1, 1)) of the whole text and of the words within {@link #WINDOW} words of the target span, the shares of
   * positive and negative words, and 1 when a negation word occurs (0 otherwise).
   */
  public static final List<String> LAYOUT =
      List.of("text_compound", "target_window_compound", "positive_share", "negative_share", "has_negation");

  static final int WINDOW = 4;
  private static final double COMPOUND_ALPHA = 15;
  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "n't", "nor", "neither", "none",
      "nothing", "nobody", "nowhere", "without", "cannot", "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't",
      "didn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't");

  private final Map<String, Double> valences;
  private final String source;

  private VaderLexiconFeatures(Map<String, Double> valences, String source) {
    this.valences = valences;
    this.source = source;
  }

  /**
   * Reads a VADER lexicon file (lines {@code token<TAB>mean valence<TAB>...}); fails naming the file and line when a
   * line has no number in its second field.
   */
  public static VaderLexiconFeatures read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("VADER lexicon " + file + " does not exist (expected vader_lexicon.txt, "
          + "e.g. ../shared/data/vader-lexicon/vader_lexicon.txt)");
    }
    Map<String, Double> valences = new HashMap<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        String[] fields = line.split("\t", 3);
        try {
          valences.put(fields[0].toLowerCase(Locale.ROOT), Double.parseDouble(fields[1]));
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(file + " line " + lineNumber
              + ": expected token<TAB>mean valence<TAB>..., got \"" + line + "\"", e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read VADER lexicon " + file, e);
    }
    if (valences.isEmpty()) {
      throw new IllegalArgumentException("VADER lexicon " + file + " holds no entries");
    }
    return new VaderLexiconFeatures(valences, file.toString());
  }

  /** {@code statements} plus {@link StanceColumns#LEXICON_FEATURES} computed from their text and spans. */
  public Dataset<Row> withFeatures(Dataset<Row> statements) {
    StanceColumns.require("VADER lexicon features", statements, StanceColumns.STATEMENT);
    Column features = udf(new FeatureFunction(this), SQLDataTypes.VectorType()).apply(col(StanceColumns.TEXT),
        col(StanceColumns.SOURCE_START), col(StanceColumns.SOURCE_END), col(StanceColumns.TARGET_START),
        col(StanceColumns.TARGET_END));
    return statements.withColumn(StanceColumns.LEXICON_FEATURES, features.as(StanceColumns.LEXICON_FEATURES,
        new AttributeGroup(StanceColumns.LEXICON_FEATURES, LAYOUT.size()).toMetadata()));
  }

  /** The features of one statement; target offsets in code points, null when it has no target span. */
  public double[] features(String text, Integer targetStart, Integer targetEnd) {
    int targetFrom = targetStart == null ? -1 : text.offsetByCodePoints(0, targetStart);
    int targetTo = targetEnd == null ? -1 : text.offsetByCodePoints(0, targetEnd);
    List<Double> wordValences = new ArrayList<>();
    List<Integer> wordStarts = new ArrayList<>();
    int firstAfterTarget = -1;
    int lastBeforeTarget = -1;
    boolean negated = false;
    Matcher words = WORD.matcher(text);
    while (words.find()) {
      String word = words.group().toLowerCase(Locale.ROOT);
      negated |= NEGATIONS.contains(word);
      if (targetFrom >= 0 && words.end() <= targetFrom) {
        lastBeforeTarget = wordStarts.size();
      } else if (targetFrom >= 0 && words.start() >= targetTo && firstAfterTarget < 0) {
        firstAfterTarget = wordStarts.size();
      }
      wordStarts.add(words.start());
      wordValences.add(valences.getOrDefault(word, 0.0));
    }
    double textSum = 0;
    double windowSum = 0;
    int positive = 0;
    int negative = 0;
    for (int i = 0; i < wordValences.size(); i++) {
      double valence = wordValences.get(i);
      textSum += valence;
      positive += valence > 0 ? 1 : 0;
      negative += valence < 0 ? 1 : 0;
      boolean beforeTarget = lastBeforeTarget >= 0 && i <= lastBeforeTarget && i > lastBeforeTarget - WINDOW;
      boolean afterTarget = firstAfterTarget >= 0 && i >= firstAfterTarget && i < firstAfterTarget + WINDOW;
      if (beforeTarget || afterTarget) {
        windowSum += valence;
      }
    }
    int count = Math.max(1, wordValences.size());
    return new double[] {compound(textSum), compound(windowSum), (double) positive / count,
        (double) negative / count, negated ? 1 : 0};
  }

  private static double compound(double sum) {
    return sum / Math.sqrt(sum * sum + COMPOUND_ALPHA);
  }

  /** Where the valences came from. */
  public String source() {
    return source;
  }

  private static final class FeatureFunction implements UDF5<String, Integer, Integer, Integer, Integer, Vector> {
    private static final long serialVersionUID = 1L;
    private final VaderLexiconFeatures lexicon;

    FeatureFunction(VaderLexiconFeatures lexicon) {
      this.lexicon = lexicon;
    }

    @Override
    public Vector call(String text, Integer sourceStart, Integer sourceEnd, Integer targetStart, Integer targetEnd) {
      // The spans are validated here too, so a bad row fails the same way with or without the encoder.
      MarkedStatement.of(text, sourceStart, sourceEnd, targetStart, targetEnd);
      return Vectors.dense(lexicon.features(text, targetStart, targetEnd));
    }
  }
}
