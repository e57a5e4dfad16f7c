package org.liveblog.analytics.stance.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What a saved {@link StanceModel} needs besides its MLlib pipeline, in {@code stance-model.properties} next to it:
 * whether and how it encodes (with the encoder files' hashes, checked at load), the length of the lexicon vector it
 * was trained on, and what its training chose and measured (folds, grid, macro-F1 per grid point, rows per class).
 *
 * @param useEncoder whether the encoder's vector is a feature
 * @param pooling how that vector pools token states (MEAN when the encoder is off)
 * @param encoderModelSha256 the encoder model file's hash ("" when off)
 * @param encoderTokenizerSha256 the tokenizer file's hash ("" when off)
 * @param batchSize sentences per encoder call when scoring
 * @param encoderThreads ONNX Runtime threads per call when scoring
 * @param lexiconFeatures length of the {@code lexicon_features} vector; 0 when the model does not read it
 * @param maxNgram longest n-gram
 * @param minDocFreq vocabulary threshold
 * @param folds cross-validation folds
 * @param seed seed of the folds
 * @param gridResults "regParam/elasticNetParam=mean macro-F1" per grid point, in grid order
 * @param regParam the chosen L2 strength
 * @param elasticNetParam the chosen L1 share
 * @param cvMacroF1 the chosen point's mean macro-F1 over the folds
 * @param trainingRows training statements per label, in {@link StanceColumns#LABELS} order
 * @param trainedAt when, ISO-8601 UTC
 * @param sparkVersion the Spark version that wrote the pipeline
 */
public record StanceModelManifest(boolean useEncoder, SentenceEncoder.Pooling pooling, String encoderModelSha256,
    String encoderTokenizerSha256, int batchSize, int encoderThreads, int lexiconFeatures, int maxNgram,
    int minDocFreq, int folds, long seed, List<String> gridResults, double regParam, double elasticNetParam,
    boolean balancedClassWeights, double cvMacroF1, long[] trainingRows, String trainedAt, String sparkVersion) {

  static final String FILE = "stance-model.properties";
  /** Values of lr.class_weights: every class weighs alike in training, or every statement does. */
  static final String BALANCED = "balanced";
  static final String UNWEIGHTED = "none";
  static final int FORMAT = 1;

  public StanceModelManifest {
    gridResults = List.copyOf(gridResults);
    trainingRows = trainingRows.clone();
  }

  @Override
  public long[] trainingRows() {
    return trainingRows.clone();
  }

  void write(OutputStream out) throws IOException {
    // Sorted keys and no date comment: the folder's content hash is its version, so equal content must be equal bytes.
    TreeMap<String, String> values = new TreeMap<>();
    values.put("format", String.valueOf(FORMAT));
    values.put("labels", String.join(",", StanceColumns.LABELS));
    values.put("encoder.enabled", String.valueOf(useEncoder));
    values.put("encoder.pooling", pooling.name());
    values.put("encoder.model_sha256", encoderModelSha256);
    values.put("encoder.tokenizer_sha256", encoderTokenizerSha256);
    values.put("encoder.batch_size", String.valueOf(batchSize));
    values.put("encoder.threads", String.valueOf(encoderThreads));
    values.put("lexicon.features", String.valueOf(lexiconFeatures));
    values.put("ngram.max", String.valueOf(maxNgram));
    values.put("ngram.min_doc_freq", String.valueOf(minDocFreq));
    values.put("cv.folds", String.valueOf(folds));
    values.put("cv.seed", String.valueOf(seed));
    values.put("cv.grid", String.join(";", gridResults));
    values.put("cv.macro_f1", String.valueOf(cvMacroF1));
    values.put("lr.reg_param", String.valueOf(regParam));
    values.put("lr.elastic_net_param", String.valueOf(elasticNetParam));
    values.put("lr.class_weights", classWeights(balancedClassWeights));
    for (int i = 0; i < StanceColumns.LABELS.size(); i++) {
      values.put("training.rows." + StanceColumns.LABELS.get(i), String.valueOf(trainingRows[i]));
    }
    values.put("trained_at", trainedAt);
    values.put("spark_version", sparkVersion);
    StringBuilder text = new StringBuilder("# A stance model: see StanceModel. Its folder name is its content hash.\n");
    values.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Reads a manifest; fails naming {@code source} and the key that is missing or malformed. */
  static StanceModelManifest read(InputStream in, String source) throws IOException {
    Properties properties = new Properties();
    properties.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    Reader reader = new Reader(properties, source);
    long format = reader.integer("format");
    if (format != FORMAT) {
      throw new IllegalArgumentException(source + ": format " + format + ", this code reads format " + FORMAT);
    }
    String labels = reader.text("labels");
    if (!labels.equals(String.join(",", StanceColumns.LABELS))) {
      throw new IllegalArgumentException(source + ": labels " + labels + ", expected "
          + String.join(",", StanceColumns.LABELS));
    }
    long[] rows = new long[StanceColumns.LABELS.size()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = reader.integer("training.rows." + StanceColumns.LABELS.get(i));
    }
    String grid = reader.text("cv.grid");
    List<String> gridResults = grid.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(grid.split(";")));
    SentenceEncoder.Pooling pooling;
    try {
      pooling = SentenceEncoder.Pooling.valueOf(reader.text("encoder.pooling"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": encoder.pooling must be one of "
          + Arrays.toString(SentenceEncoder.Pooling.values()), e);
    }
    return new StanceModelManifest(reader.bool("encoder.enabled"), pooling, reader.text("encoder.model_sha256"),
        reader.text("encoder.tokenizer_sha256"), (int) reader.integer("encoder.batch_size"),
        (int) reader.integer("encoder.threads"), (int) reader.integer("lexicon.features"),
        (int) reader.integer("ngram.max"), (int) reader.integer("ngram.min_doc_freq"),
        (int) reader.integer("cv.folds"), reader.integer("cv.seed"), gridResults, reader.number("lr.reg_param"),
        reader.number("lr.elastic_net_param"), classWeights(reader), reader.number("cv.macro_f1"), rows,
        reader.text("trained_at"),
        reader.text("spark_version"));
  }

  /** How the model weighed its training statements: {@code balanced} or {@code none} (as lr.class_weights says). */
  public String classWeights() {
    return classWeights(balancedClassWeights);
  }

  static String classWeights(boolean balanced) {
    return balanced ? BALANCED : UNWEIGHTED;
  }

  /** Models saved before class weights were a choice have no key: they were trained unweighted. */
  private static boolean classWeights(Reader reader) {
    String value = reader.properties().getProperty("lr.class_weights", UNWEIGHTED).strip();
    if (!value.equals(BALANCED) && !value.equals(UNWEIGHTED)) {
      throw new IllegalArgumentException(reader.source() + ": lr.class_weights must be " + BALANCED + " or "
          + UNWEIGHTED + ", got " + value);
    }
    return value.equals(BALANCED);
  }

  private record Reader(Properties properties, String source) {
    String text(String key) {
      String value = properties.getProperty(key);
      if (value == null) {
        throw new IllegalArgumentException(source + ": no key " + key);
      }
      return value.strip();
    }

    long integer(String key) {
      try {
        return Long.parseLong(text(key));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(source + ": " + key + " must be an integer, got " + text(key), e);
      }
    }

    double number(String key) {
      try {
        return Double.parseDouble(text(key));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(source + ": " + key + " must be a number, got " + text(key), e);
      }
    }

    boolean bool(String key) {
      String value = text(key);
      if (!value.equals("true") && !value.equals("false")) {
        throw new IllegalArgumentException(source + ": " + key + " must be true or false, got " + value);
      }
      return value.equals("true");
    }
  }
}
