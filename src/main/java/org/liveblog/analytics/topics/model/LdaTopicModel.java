package org.liveblog.analytics.topics.model;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.xxhash64;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.actors.registry.ActorRegistry;
import org.liveblog.analytics.schema.InputColumns;
import org.liveblog.analytics.schema.Tables;

/**
 * The learned topics: an MLlib pipeline (tokens → stop words removed → term counts with document-frequency limits →
 * LDA with the online optimiser and a fixed seed) fitted on entries' texts and saved with MLlib persistence under
 * {@code <modelDir>/<version>/pipeline}, next to {@code model.json} ({@link TopicModelSummary}: top terms, held-out
 * log perplexity, NPMI coherence). {@link #apply} gives per-entry topic weights from a saved model.
 */
public final class LdaTopicModel {

  public static final String STAGE = "topics model";

  /** Letters, then letters, digits, apostrophes or hyphens, ending in a letter: "pro-russian", "n't"; no numbers. */
  public static final String TOKEN_PATTERN = "\\p{L}[\\p{L}\\p{Nd}'\u2019-]*\\p{L}";
  static final int MIN_TOKEN_LENGTH = 3;

  static final String TOKENS = "lda_tokens";
  static final String TERMS = "lda_terms";
  static final String FEATURES = "lda_features";
  public static final String DISTRIBUTION = "topic_distribution";

  static final String PIPELINE_FOLDER = "pipeline";
  static final String SUMMARY_FILE = "model.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PipelineModel pipeline;
  private final TopicModelSummary summary;
  private final String path;

  private LdaTopicModel(PipelineModel pipeline, TopicModelSummary summary, String path) {
    this.pipeline = pipeline;
    this.summary = summary;
    this.path = path;
  }

  public TopicModelSummary summary() {
    return summary;
  }

  /** The version folder the model was loaded from or saved to. */
  public String path() {
    return path;
  }

  /**
   * Fits the pipeline on {@code entries} (rows with entry_key and text) minus a held-out share chosen by a hash of
   * entry_key, measures it, and saves it under {@code modelDir}/{version}; the version is a hash of the settings and
   * what was learned, so that retraining on the same data with the same settings writes the same folder.
   */
  public static LdaTopicModel train(Dataset<Row> entries, TopicModelSettings settings, String modelDir) {
    InputColumns.require(STAGE, entries, Tables.ENTRIES, "entry_key", "text");
    long started = System.nanoTime();
    Dataset<Row> texts = entries.select(col("entry_key"), col("text"));
    Column heldOut = heldOut(settings);
    Dataset<Row> training = texts.filter(heldOut.unary_$bang());
    Dataset<Row> held = texts.filter(heldOut);

    Pipeline pipeline = new Pipeline().setStages(new PipelineStage[] {
        new RegexTokenizer().setInputCol("text").setOutputCol(TOKENS).setPattern(TOKEN_PATTERN).setGaps(false)
            .setMinTokenLength(MIN_TOKEN_LENGTH).setToLowercase(true),
        new StopWordsRemover().setInputCol(TOKENS).setOutputCol(TERMS)
            .setStopWords(StopWords.english().toArray(String[]::new)).setCaseSensitive(false),
        new CountVectorizer().setInputCol(TERMS).setOutputCol(FEATURES).setVocabSize(settings.vocabularySize())
            .setMinDF(settings.minDocumentFrequency()).setMaxDF(settings.maxDocumentFrequency()),
        new LDA().setK(settings.topics()).setMaxIter(settings.maxIterations()).setOptimizer("online")
            .setSubsamplingRate(settings.miniBatchFraction()).setSeed(settings.seed())
            .setFeaturesCol(FEATURES).setTopicDistributionCol(DISTRIBUTION)
    });
    PipelineModel fitted = pipeline.fit(training);
    CountVectorizerModel vectorizer = (CountVectorizerModel) fitted.stages()[2];
    LDAModel lda = (LDAModel) fitted.stages()[3];
    String[] vocabulary = vectorizer.vocabulary();

    long trainingEntries = training.count();
    long heldOutEntries = held.count();
    Double logPerplexity = null;
    if (heldOutEntries > 0) {
      Dataset<Row> heldFeatures = held;
      for (Transformer stage : Arrays.copyOfRange(fitted.stages(), 0, 3)) {
        heldFeatures = stage.transform(heldFeatures);
      }
      logPerplexity = lda.logPerplexity(heldFeatures);
    }

    List<List<String>> topTerms = new ArrayList<>();
    List<List<Double>> topWeights = new ArrayList<>();
    for (Row topic : lda.describeTopics(settings.topTerms()).orderBy("topic").collectAsList()) {
      List<Integer> indices = topic.getList(topic.fieldIndex("termIndices"));
      List<Double> weights = topic.getList(topic.fieldIndex("termWeights"));
      topTerms.add(indices.stream().map(i -> vocabulary[i]).toList());
      topWeights.add(List.copyOf(weights));
    }
    Dataset<Row> terms = training;
    for (Transformer stage : Arrays.copyOfRange(fitted.stages(), 0, 2)) {
      terms = stage.transform(terms);
    }
    double[] coherence = TermCoherence.meanNpmi(terms, TERMS, topTerms);

    List<TopicModelSummary.LearnedTopic> topics = new ArrayList<>();
    for (int t = 0; t < topTerms.size(); t++) {
      List<String> words = topTerms.get(t);
      topics.add(new TopicModelSummary.LearnedTopic(t, topicId(t),
          String.join(" / ", words.subList(0, Math.min(3, words.size()))), words, topWeights.get(t), coherence[t]));
    }
    String version = version(settings, vocabulary, topics);
    double meanCoherence = Arrays.stream(coherence).filter(Double::isFinite).average().orElse(Double.NaN);
    TopicModelSummary summary = new TopicModelSummary(version, settings, vocabulary.length, trainingEntries,
        heldOutEntries, logPerplexity, meanCoherence, Instant.now().toString(),
        (System.nanoTime() - started) / 1e9, topics);
    String folder = new Path(modelDir, version).toString();
    save(fitted, summary, folder, entries.sparkSession());
    return new LdaTopicModel(fitted, summary, folder);
  }

  /** lda_NN: the id of topic NN in the topics and entry_topics tables. */
  public static String topicId(int topic) {
    return String.format("lda_%02d", topic);
  }

  /** Entries whose key hashes (with the seed) into the first heldOutShare of 10,000 buckets. */
  private static Column heldOut(TopicModelSettings settings) {
    return pmod(xxhash64(col("entry_key"), lit(settings.seed())), lit(10_000L))
        .lt(lit(Math.round(settings.heldOutShare() * 10_000)));
  }

  /**
   * lda-k{k}-{12 hex digits of SHA-256 over the settings, the vocabulary and the top terms with their weights}.
   * The top terms stand for the learned matrix: two models that agree on them to the last digit are the same model
   * for every use the tables make of it.
   */
  static String version(TopicModelSettings settings, String[] vocabulary, List<TopicModelSummary.LearnedTopic> topics) {
    StringBuilder content = new StringBuilder(settings.toString()).append('\n');
    for (String term : vocabulary) {
      content.append(term).append('\n');
    }
    for (TopicModelSummary.LearnedTopic topic : topics) {
      content.append(topic.terms()).append(topic.termWeights()).append('\n');
    }
    String hash = ActorRegistry.sha256(content.toString().getBytes(StandardCharsets.UTF_8));
    return "lda-k" + settings.topics() + "-" + hash.substring(0, 12);
  }

  private static void save(PipelineModel fitted, TopicModelSummary summary, String folder, SparkSession spark) {
    try {
      fitted.write().overwrite().save(new Path(folder, PIPELINE_FOLDER).toString());
      Path file = new Path(folder, SUMMARY_FILE);
      FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (OutputStream out = fs.create(file, true)) {
        out.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(summary));
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot save the topic model to " + folder + ": " + e.getMessage(), e);
    }
  }

  /**
   * Loads a saved model: {@code modelPath} is a version folder (it holds model.json), or a folder of versions, of
   * which the most recently trained is taken. Fails naming the path when there is none.
   */
  public static LdaTopicModel load(SparkSession spark, String modelPath) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    try {
      Path folder = resolve(new Path(modelPath), conf);
      FileSystem fs = folder.getFileSystem(conf);
      TopicModelSummary summary;
      Path summaryFile = new Path(folder, SUMMARY_FILE);
      try (InputStream in = fs.open(summaryFile)) {
        summary = JSON.readValue(in, TopicModelSummary.class);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("topic model " + summaryFile + ": " + describe(e), e);
      }
      PipelineModel pipeline = PipelineModel.load(new Path(folder, PIPELINE_FOLDER).toString());
      return new LdaTopicModel(pipeline, summary, folder.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException("topic model " + modelPath + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** One line: the field (as a path, e.g. settings.topics) and what was wrong with it, without Jackson's location. */
  static String describe(JsonProcessingException e) {
    String problem = e.getOriginalMessage().lines().findFirst().orElse("unreadable");
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(java.util.stream.Collectors.joining(".")).replace(".[", "[");
      return "field " + field + ": " + problem;
    }
    return e.getLocation() == null ? problem : "line " + e.getLocation().getLineNr() + ": " + problem;
  }

  private static Path resolve(Path path, Configuration conf) throws IOException {
    FileSystem fs = path.getFileSystem(conf);
    if (fs.exists(new Path(path, SUMMARY_FILE))) {
      return path;
    }
    if (!fs.exists(path)) {
      throw new IllegalArgumentException("topic model " + path + " does not exist");
    }
    Path newest = null;
    String newestAt = "";
    for (FileStatus child : fs.listStatus(path)) {
      Path summary = new Path(child.getPath(), SUMMARY_FILE);
      if (child.isDirectory() && fs.exists(summary)) {
        String trainedAt;
        try (InputStream in = fs.open(summary)) {
          trainedAt = JSON.readTree(in).path("trainedAt").asText("");
        }
        if (newest == null || trainedAt.compareTo(newestAt) > 0) {
          newest = child.getPath();
          newestAt = trainedAt;
        }
      }
    }
    if (newest == null) {
      throw new IllegalArgumentException("topic model " + path + " holds no " + SUMMARY_FILE
          + " (expected a model version folder, or a folder of them, as written by training)");
    }
    return newest;
  }

  /**
   * Per-entry topic weights: entry_key and {@value #DISTRIBUTION}, the entry's probability over the k topics (all 0
   * for an entry without any vocabulary term). Pure: a lazy transformation of {@code entries}.
   */
  public Dataset<Row> weights(Dataset<Row> entries) {
    InputColumns.require(STAGE, entries, Tables.ENTRIES, "entry_key", "text");
    return pipeline.transform(entries)
        .drop(TOKENS, TERMS, FEATURES);
  }

  /** {@link #load} then {@link #weights}. */
  public static Dataset<Row> apply(Dataset<Row> entries, String modelPath) {
    return load(entries.sparkSession(), modelPath).weights(entries);
  }
}
