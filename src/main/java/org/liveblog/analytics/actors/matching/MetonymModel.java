package org.liveblog.analytics.actors.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.liveblog.analytics.actors.registry.ActorRegistry;

/**
 * Decides whether a metonym stands for its government or is a place: a logistic regression over the features that
 * {@link PlaceUse#features} reads around it, trained on hand-labelled Guardian entries (docs/EVALUATION.md;
 * tools/eval/train-metonym-model.sh writes {@code registry/metonym-model.tsv}). Broadcast with the lexicon.
 */
public final class MetonymModel implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String DEFAULT_RESOURCE = "/registry/metonym-model.tsv";

  private final Map<String, Double> weights;
  private final double intercept;
  private final double threshold;
  private final String contentHash;

  MetonymModel(Map<String, Double> weights, double intercept, double threshold, String contentHash) {
    this.weights = Map.copyOf(weights);
    this.intercept = intercept;
    this.threshold = threshold;
    this.contentHash = contentHash;
  }

  /** The model the project ships. */
  public static MetonymModel defaultModel() {
    try (InputStream in = MetonymModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the classpath");
      }
      return read(in, DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a model file: lines {@code name<TAB>value}; {@code intercept} and {@code threshold} are required, every
   * other name is a feature; lines starting with # are comments.
   */
  static MetonymModel read(InputStream in, String source) throws IOException {
    byte[] bytes = in.readAllBytes();
    Map<String, Double> weights = new HashMap<>();
    BufferedReader reader = new BufferedReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      try {
        weights.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(source + " line " + lineNumber + ": expected name<TAB>number", e);
      }
    }
    Double intercept = weights.remove("intercept");
    Double threshold = weights.remove("threshold");
    if (intercept == null || threshold == null) {
      throw new IllegalArgumentException(source + ": needs an intercept and a threshold line");
    }
    return new MetonymModel(weights, intercept, threshold, ActorRegistry.sha256(bytes));
  }

  /** The probability that a metonym with these features stands for its government. */
  public double probability(List<String> features) {
    double z = intercept;
    for (String feature : features) {
      z += weights.getOrDefault(feature, 0.0);
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** The features of the metonym at [start, end) of {@code text} that the model weighs. */
  public static List<String> features(String text, int start, int end, boolean city) {
    return PlaceUse.features(text, start, end, city);
  }

  /** Whether the metonym at [start, end) of {@code text} is a place or a name part, not an actor. */
  public boolean isPlace(String text, int start, int end, boolean city) {
    return probability(features(text, start, end, city)) < threshold;
  }

  /** The same model deciding at {@code threshold} (a probability) instead of its own. */
  public MetonymModel withThreshold(double threshold) {
    return new MetonymModel(weights, intercept, threshold, contentHash);
  }

  /** The probability at or above which a metonym stands for its government. */
  public double threshold() {
    return threshold;
  }

  /** The SHA-256 of the model file: its version in {@code runs.versions['metonym_model']}. */
  public String contentHash() {
    return contentHash;
  }
}
