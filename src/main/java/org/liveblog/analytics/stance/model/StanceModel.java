package org.liveblog.analytics.stance.model;

import static org.apache.spark.ml.functions.vector_to_array;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.attribute.AttributeGroup;
import org.apache.spark.ml.attribute.NominalAttribute;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.tuning.CrossValidator;
import org.apache.spark.ml.tuning.CrossValidatorModel;
import org.apache.spark.ml.tuning.ParamGridBuilder;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.liveblog.analytics.stage.DeadLetters;
import org.liveblog.analytics.stance.extract.CandidateStatement;
import org.liveblog.analytics.stance.lexicon.StanceLexicon;
import org.liveblog.analytics.stance.score.LexiconScoring;
import org.liveblog.analytics.stance.score.ScoredStatement;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The learned stance scorer: a multinomial logistic regression (MLlib) over n-gram TF-IDF of the span-marked text,
 * the lexicon scorer's features when given, and, when configured, the frozen sentence encoder's vector of the marked
 * statement. {@link #train} chooses the regularisation and the class weighting (none, or balanced) by
 * cross-validation on macro-F1 (folds by document, fixed seed) and saves the model under its content hash;
 * {@link #load} checks that hash; {@link #score} adds label, score (P(positive) − P(negative)), confidence (the highest
 * probability), method and model version to every statement.
 *
 * <p>Logistic regression because its probabilities are what the score is made of, it trains in seconds on thousands
 * of statements with features from three sources of very different size (a vocabulary of n-grams, a handful of
 * lexicon numbers, 384 encoder dimensions), and its weights per n-gram can be read back.
 */
public final class StanceModel {

  public static final String METHOD_MODEL = "model";
  public static final String METHOD_MODEL_ENCODER = "model+encoder";

  static final String PIPELINE_DIR = "pipeline";

  // Work columns: all start with StanceColumns.WORK_PREFIX, and an input holding any such column is refused.
  static final String MARKED_TEXT = "stance_marked_text";
  static final String TOKENS = "stance_tokens";
  static final String TERMS = "stance_terms";
  static final String COUNTS = "stance_counts";
  static final String TFIDF = "stance_tfidf";
  static final String EMBEDDING = "stance_embedding";
  static final String FEATURES = "stance_features";
  static final String LABEL_INDEX = "stance_label_index";
  static final String FOLD = "stance_fold";
  static final String WEIGHT = "stance_weight";
  static final String RAW = "stance_raw";
  static final String PROBABILITY = "stance_probability";
  static final String PREDICTION = "stance_prediction";

  /** Letters, digits and apostrophes (so "n't" stays a word), and the span markers as words of their own. */
  static final String TOKEN_PATTERN = "[\\p{L}\\p{N}']+|[" + MarkedStatement.SOURCE_MARK
      + MarkedStatement.TARGET_MARK + "]";

  private static final List<String> OUTPUT_COLUMNS = List.of(StanceColumns.LABEL, StanceColumns.SCORE,
      StanceColumns.CONFIDENCE, StanceColumns.METHOD, StanceColumns.MODEL_VERSION);

  private final PipelineModel pipeline;
  private final StanceModelManifest manifest;
  private final String version;
  private final EncoderSpec encoder;

  private StanceModel(PipelineModel pipeline, StanceModelManifest manifest, String version, EncoderSpec encoder) {
    this.pipeline = pipeline;
    this.manifest = manifest;
    this.version = version;
    this.encoder = encoder;
  }

  /**
   * Fits a model on {@code labelled} (the columns of {@link StanceColumns#STATEMENT}, {@code doc_id}, {@code label}
   * and optionally {@code lexicon_features}; every row is used, so filter the split first), choosing among the
   * settings' grid by cross-validation, saves it as {@code <modelsDir>/stance-<content hash>} and returns it as
   * loaded from there. Runs Spark jobs and writes: a command, not a stage.
   */
  public static StanceModel train(Dataset<Row> labelled, StanceModelSettings settings, String modelsDir) {
    String operation = "stance model training";
    checkInput(operation, labelled);
    StanceColumns.require(operation, labelled, List.of(StanceColumns.DOC_ID_COLUMN, StanceColumns.LABEL_COLUMN));
    long[] rowsPerLabel = labelCounts(labelled, operation);
    if (Arrays.stream(rowsPerLabel).filter(n -> n > 0).count() < 2) {
      throw new IllegalArgumentException(operation + ": needs statements of at least two labels, got "
          + Arrays.toString(rowsPerLabel) + " " + StanceColumns.LABELS);
    }
    int lexiconFeatures = lexiconLength(labelled);
    EncoderSpec encoder = settings.useEncoder() ? EncoderSpec.miniLm(settings.encoderThreads()) : null;

    Dataset<Row> prepared = withLabelIndex(features(labelled, encoder, settings.pooling(), settings.batchSize(),
        lexiconFeatures))
        .withColumn(FOLD, pmod(xxhash64(lit(settings.seed()), col(StanceColumns.DOC_ID)), lit(settings.folds()))
            .cast(DataTypes.IntegerType))
        .withColumn(WEIGHT, balancedWeights(rowsPerLabel))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      LogisticRegression regression = logisticRegression(settings);
      Pipeline estimator = new Pipeline().setStages(stages(settings, lexiconFeatures > 0, encoder != null,
          regression));
      ParamMap[] grid = new ParamGridBuilder()
          .addGrid(regression.regParam(), settings.regParams())
          .addGrid(regression.elasticNetParam(), settings.elasticNetParams())
          // Unweighted, or every class weighing alike: the labels are skewed (most statements are negative), and
          // macro-F1 rewards the rare classes as much as the common one.
          .addGrid(regression.weightCol(), CollectionConverters.asScala(List.of("", WEIGHT)))
          .build();
      CrossValidatorModel validated = new CrossValidator()
          .setEstimator(estimator)
          .setEstimatorParamMaps(grid)
          .setEvaluator(new MacroF1Evaluator(LABEL_INDEX, PREDICTION))
          .setNumFolds(settings.folds())
          .setFoldCol(FOLD)
          .setSeed(settings.seed())
          .fit(prepared);
      double[] metrics = validated.avgMetrics();
      int best = 0;
      List<String> gridResults = new ArrayList<>();
      for (int i = 0; i < grid.length; i++) {
        best = metrics[i] > metrics[best] ? i : best;
        gridResults.add(String.format(Locale.ROOT, "%s/%s/%s=%.4f", grid[i].apply(regression.regParam()),
            grid[i].apply(regression.elasticNetParam()),
            StanceModelManifest.classWeights(balanced(grid[i], regression)), metrics[i]));
      }
      StanceModelManifest manifest = new StanceModelManifest(encoder != null, settings.pooling(),
          encoder == null ? "" : encoder.modelSha256(), encoder == null ? "" : encoder.tokenizerSha256(),
          settings.batchSize(), settings.encoderThreads(), lexiconFeatures, settings.maxNgram(),
          settings.minDocFreq(), settings.folds(), settings.seed(), gridResults,
          (Double) grid[best].apply(regression.regParam()), (Double) grid[best].apply(regression.elasticNetParam()),
          balanced(grid[best], regression), metrics[best], rowsPerLabel,
          Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), labelled.sparkSession().version());
      return load(save((PipelineModel) validated.bestModel(), manifest, modelsDir).toString());
    } finally {
      prepared.unpersist();
    }
  }

  /** Loads the model saved in {@code versionFolder} ({@code .../stance-<hash>}), checking its content and encoder. */
  public static StanceModel load(String versionFolder) {
    Configuration conf = SparkSession.active().sparkContext().hadoopConfiguration();
    Path folder = new Path(versionFolder);
    ModelFolder.verify(folder, conf);
    Path manifestFile = new Path(folder, StanceModelManifest.FILE);
    StanceModelManifest manifest;
    try (InputStream in = manifestFile.getFileSystem(conf).open(manifestFile)) {
      manifest = StanceModelManifest.read(in, manifestFile.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + manifestFile + " (a stance model folder holds "
          + StanceModelManifest.FILE + " and " + PIPELINE_DIR + "/)", e);
    }
    EncoderSpec encoder = null;
    if (manifest.useEncoder()) {
      encoder = EncoderSpec.miniLm(manifest.encoderThreads());
      if (!encoder.modelSha256().equals(manifest.encoderModelSha256())
          || !encoder.tokenizerSha256().equals(manifest.encoderTokenizerSha256())) {
        throw new IllegalArgumentException("stance model " + folder + " was trained with encoder files of SHA-256 "
            + manifest.encoderModelSha256() + " / " + manifest.encoderTokenizerSha256() + "; the classpath has "
            + encoder.modelSha256() + " / " + encoder.tokenizerSha256());
      }
    }
    PipelineModel pipeline = PipelineModel.load(new Path(folder, PIPELINE_DIR).toString());
    return new StanceModel(pipeline, manifest, folder.getName(), encoder);
  }

  /**
   * {@code candidates} (the columns of {@link StanceColumns#STATEMENT}, plus {@code lexicon_features} when the model
   * was trained with them; any other columns pass through) with label, score, confidence, method and model_version.
   * Pure: nothing runs until the result is read.
   */
  public Dataset<Row> score(Dataset<Row> candidates) {
    String operation = "stance model scoring";
    checkInput(operation, candidates);
    for (String output : OUTPUT_COLUMNS) {
      if (StanceColumns.has(candidates, output)) {
        throw new IllegalArgumentException(operation + ": input already has column " + output
            + " (the model adds it; rename or drop it first)");
      }
    }
    requireLexicon(operation, candidates);
    Column probability = vector_to_array(col(PROBABILITY), "float64");
    Column[] kept = Arrays.stream(candidates.columns()).map(name -> col("`" + name + "`")).toArray(Column[]::new);
    Column[] added = {
      element_at(array(StanceColumns.LABELS.stream().map(label -> lit(label)).toArray(Column[]::new)),
          col(PREDICTION).cast(DataTypes.IntegerType).plus(1)).as(StanceColumns.LABEL),
      element_at(probability, StanceColumns.LABELS.indexOf("positive") + 1)
          .minus(element_at(probability, StanceColumns.LABELS.indexOf("negative") + 1)).as(StanceColumns.SCORE),
      array_max(probability).as(StanceColumns.CONFIDENCE),
      lit(method()).as(StanceColumns.METHOD),
      lit(version).as(StanceColumns.MODEL_VERSION)
    };
    Column[] selected = Arrays.copyOf(kept, kept.length + added.length);
    System.arraycopy(added, 0, selected, kept.length, added.length);
    return pipeline.transform(features(candidates, encoder, manifest.pooling(), manifest.batchSize(),
        manifest.lexiconFeatures())).select(selected);
  }

  /**
   * The pipeline's entry point, in the shape of {@code LexiconScoring.score}: each candidate is scored by the lexicon
   * scorer first (its cues, CAMEO code and Goldstein weight stay on the row, and its result is the model's
   * {@code lexicon_features}, {@link LexiconFeatures}), then by this model, whose label, score and confidence replace
   * the lexicon's. {@code method} is {@link #method()} and the version: {@code model:stance-<hash>}. A candidate the
   * lexicon scorer throws on goes to {@code deadLetters}, as with the lexicon method. Pure: nothing runs until read.
   */
  public Dataset<ScoredStatement> score(Dataset<CandidateStatement> candidates, Broadcast<StanceLexicon> lexicon,
      DeadLetters deadLetters) {
    if (manifest.lexiconFeatures() != 0 && manifest.lexiconFeatures() != LexiconFeatures.NAMES.size()) {
      throw new IllegalArgumentException("stance model " + version + " was trained with " + manifest.lexiconFeatures()
          + " lexicon features; the pipeline gives the lexicon scorer's " + LexiconFeatures.NAMES.size() + " "
          + LexiconFeatures.NAMES + " (train it with LexiconFeatures, as `stance train` does)");
    }
    Column hasSource = col("sourceMention").geq(0);
    Column features = udf(new LexiconVector(), SQLDataTypes.VectorType()).apply(col("score"), col("confidence"),
        col("goldstein"), col("cues"), col("label"));
    Dataset<Row> input = LexiconScoring.score(candidates, lexicon, deadLetters).toDF()
        .withColumn(StanceColumns.LEXICON_FEATURES, features)
        .withColumn(StanceColumns.SOURCE_START, when(hasSource, mentionAt("mentionStarts", "sourceMention")))
        .withColumn(StanceColumns.SOURCE_END, when(hasSource, mentionAt("mentionEnds", "sourceMention")))
        .withColumn(StanceColumns.TARGET_START, mentionAt("mentionStarts", "targetMention"))
        .withColumn(StanceColumns.TARGET_END, mentionAt("mentionEnds", "targetMention"))
        .drop("score", "confidence", "label", "method");
    Dataset<Row> scored = score(input)
        .withColumn(StanceColumns.METHOD, concat(col(StanceColumns.METHOD), lit(":"), col(StanceColumns.MODEL_VERSION)));
    Encoder<ScoredStatement> bean = Encoders.bean(ScoredStatement.class);
    // Never null (probabilities of a fitted model); coalesce only declares so, as the lexicon's primitives do.
    return scored.select(Arrays.stream(bean.schema().fieldNames())
        .map(name -> name.equals(StanceColumns.SCORE) || name.equals(StanceColumns.CONFIDENCE)
            ? coalesce(col(name), lit(0.0)).as(name) : col(name))
        .toArray(Column[]::new)).as(bean);
  }

  /** The offset in array {@code offsets} of the mention whose index is in column {@code mention} (0-based). */
  private static Column mentionAt(String offsets, String mention) {
    return element_at(col(offsets), col(mention).plus(1));
  }

  /**
   * Scores {@code labelled} (as {@link #score} reads, plus {@code label}) and compares with its labels. Runs a Spark
   * job; only the confusion counts reach the driver.
   */
  public StanceEvaluation evaluate(Dataset<Row> labelled) {
    String operation = "stance model evaluation";
    checkInput(operation, labelled);
    StanceColumns.require(operation, labelled, List.of(StanceColumns.LABEL_COLUMN));
    labelCounts(labelled, operation);
    requireLexicon(operation, labelled);
    Dataset<Row> predicted = pipeline.transform(withLabelIndex(features(labelled, encoder, manifest.pooling(),
        manifest.batchSize(), manifest.lexiconFeatures())));
    return MacroF1Evaluator.evaluation(predicted, LABEL_INDEX, PREDICTION);
  }

  /** The folder name: {@code stance-} and the content hash; on every scored row. */
  public String version() {
    return version;
  }

  /** {@code model} or {@code model+encoder}. */
  public String method() {
    return manifest.useEncoder() ? METHOD_MODEL_ENCODER : METHOD_MODEL;
  }

  public StanceModelManifest manifest() {
    return manifest;
  }

  /** What a run records in {@code runs.versions}: the model version and, when it encodes, the encoder's hash. */
  public Map<String, String> versions() {
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("stance_model", version);
    if (encoder != null) {
      versions.put("stance_encoder", encoder.modelSha256());
    }
    return versions;
  }

  // ---------------------------------------------------------------------------------------------------------------

  private static void checkInput(String operation, Dataset<Row> input) {
    StanceColumns.require(operation, input, StanceColumns.STATEMENT);
    for (String column : input.columns()) {
      if (column.startsWith(StanceColumns.WORK_PREFIX)) {
        throw new IllegalArgumentException(operation + ": input column " + column + " starts with "
            + StanceColumns.WORK_PREFIX + ", which the model keeps for its own work columns");
      }
    }
  }

  private void requireLexicon(String operation, Dataset<Row> input) {
    if (manifest.lexiconFeatures() > 0 && !StanceColumns.has(input, StanceColumns.LEXICON_FEATURES)) {
      throw new IllegalArgumentException(operation + ": model " + version + " was trained with "
          + StanceColumns.LEXICON_FEATURES + " (" + manifest.lexiconFeatures() + " values per row); the input has no "
          + "such column");
    }
    if (manifest.lexiconFeatures() > 0) {
      StanceColumns.require(operation, input, List.of(StanceColumns.LEXICON_COLUMN));
    }
  }

  /** Rows per label in {@link StanceColumns#LABELS} order; fails on a null or unknown label. */
  private static long[] labelCounts(Dataset<Row> labelled, String operation) {
    long[] counts = new long[StanceColumns.LABELS.size()];
    for (Row row : labelled.groupBy(col(StanceColumns.LABEL)).count().collectAsList()) {
      String label = row.getAs(StanceColumns.LABEL);
      int index = label == null ? -1 : StanceColumns.LABELS.indexOf(label);
      if (index < 0) {
        throw new IllegalArgumentException(operation + ": " + row.<Long>getAs("count") + " row(s) have label "
            + (label == null ? "null" : "'" + label + "'") + "; expected one of " + StanceColumns.LABELS);
      }
      counts[index] = row.getAs("count");
    }
    return counts;
  }

  /** The length of the training rows' lexicon vectors (0 without the column); fails when rows differ. */
  private static int lexiconLength(Dataset<Row> labelled) {
    if (!StanceColumns.has(labelled, StanceColumns.LEXICON_FEATURES)) {
      return 0;
    }
    StanceColumns.require("stance model training", labelled, List.of(StanceColumns.LEXICON_COLUMN));
    Column length = size(vector_to_array(col(StanceColumns.LEXICON_FEATURES), "float64"));
    List<Row> lengths = labelled.select(length.as("n")).distinct().limit(3).collectAsList();
    if (lengths.size() != 1 || lengths.get(0).<Integer>getAs("n") < 1) {
      throw new IllegalArgumentException("stance model training: " + StanceColumns.LEXICON_FEATURES
          + " must have one length > 0 on every row; found lengths " + lengths);
    }
    return lengths.get(0).getAs("n");
  }

  /**
   * The feature columns the pipeline reads: the marked text, the encoder vector (when {@code encoder} is given) and
   * the lexicon vector checked for its length (when {@code lexiconFeatures} > 0). Pure.
   */
  static Dataset<Row> features(Dataset<Row> statements, EncoderSpec encoder, SentenceEncoder.Pooling pooling,
      int batchSize, int lexiconFeatures) {
    Column marked = udf(new MarkedText(), DataTypes.StringType).apply(col(StanceColumns.TEXT),
        col(StanceColumns.SOURCE_START), col(StanceColumns.SOURCE_END), col(StanceColumns.TARGET_START),
        col(StanceColumns.TARGET_END));
    Dataset<Row> withText = statements.withColumn(MARKED_TEXT, marked);
    Dataset<Row> withEncoder = encoder == null ? withText
        : StatementEmbeddings.add(withText, encoder, pooling, batchSize, EMBEDDING);
    if (lexiconFeatures == 0) {
      return withEncoder;
    }
    Column lexicon = col(StanceColumns.LEXICON_FEATURES);
    Column checked = when(size(vector_to_array(lexicon, "float64")).equalTo(lexiconFeatures), lexicon)
        .otherwise(raise_error(lit("stance model: a row's " + StanceColumns.LEXICON_FEATURES + " does not have the "
            + lexiconFeatures + " values the model was trained with")));
    // Size metadata, so that VectorAssembler does not run a job to learn the length from the first row.
    return withEncoder.withColumn(StanceColumns.LEXICON_FEATURES, checked.as(StanceColumns.LEXICON_FEATURES,
        new AttributeGroup(StanceColumns.LEXICON_FEATURES, lexiconFeatures).toMetadata()));
  }

  /** n / (classes · n_c) for a statement of class c: each class present weighs n / classes in all. */
  private static Column balancedWeights(long[] rowsPerLabel) {
    long total = Arrays.stream(rowsPerLabel).sum();
    long classes = Arrays.stream(rowsPerLabel).filter(n -> n > 0).count();
    Column weight = lit(1.0);
    for (int i = 0; i < rowsPerLabel.length; i++) {
      if (rowsPerLabel[i] > 0) {
        weight = when(col(StanceColumns.LABEL).equalTo(StanceColumns.LABELS.get(i)),
            (double) total / (classes * rowsPerLabel[i])).otherwise(weight);
      }
    }
    return weight;
  }

  /** Whether a grid point trains with {@link #balancedWeights}: its weight column is set. */
  private static boolean balanced(ParamMap point, LogisticRegression regression) {
    return !point.apply(regression.weightCol()).isEmpty();
  }

  private static Dataset<Row> withLabelIndex(Dataset<Row> labelled) {
    Column index = lit(null).cast(DataTypes.DoubleType);
    for (int i = StanceColumns.LABELS.size() - 1; i >= 0; i--) {
      index = when(col(StanceColumns.LABEL).equalTo(StanceColumns.LABELS.get(i)), (double) i).otherwise(index);
    }
    // All three classes declared, so the probability vector has three entries even when a class has no examples.
    return labelled.withColumn(LABEL_INDEX, index.as(LABEL_INDEX, NominalAttribute.defaultAttr().withName(LABEL_INDEX)
        .withValues(StanceColumns.LABELS.toArray(String[]::new)).toMetadata()));
  }

  private static LogisticRegression logisticRegression(StanceModelSettings settings) {
    return new LogisticRegression()
        .setFamily("multinomial")
        .setFeaturesCol(FEATURES)
        .setLabelCol(LABEL_INDEX)
        .setPredictionCol(PREDICTION)
        .setProbabilityCol(PROBABILITY)
        .setRawPredictionCol(RAW)
        .setMaxIter(settings.maxIter())
        .setStandardization(true);
  }

  private static PipelineStage[] stages(StanceModelSettings settings, boolean lexicon, boolean encoder,
      LogisticRegression regression) {
    List<PipelineStage> stages = new ArrayList<>();
    stages.add(new RegexTokenizer().setInputCol(MARKED_TEXT).setOutputCol(TOKENS).setPattern(TOKEN_PATTERN)
        .setGaps(false).setToLowercase(true));
    List<String> termColumns = new ArrayList<>(List.of(TOKENS));
    for (int n = 2; n <= settings.maxNgram(); n++) {
      String output = "stance_ngrams_" + n;
      stages.add(new NGram().setN(n).setInputCol(TOKENS).setOutputCol(output));
      termColumns.add(output);
    }
    stages.add(new SQLTransformer().setStatement("SELECT *, concat(" + String.join(", ", termColumns) + ") AS "
        + TERMS + " FROM __THIS__"));
    stages.add(new CountVectorizer().setInputCol(TERMS).setOutputCol(COUNTS).setMinDF(settings.minDocFreq()));
    stages.add(new IDF().setInputCol(COUNTS).setOutputCol(TFIDF));
    List<String> inputs = new ArrayList<>(List.of(TFIDF));
    if (lexicon) {
      inputs.add(StanceColumns.LEXICON_FEATURES);
    }
    if (encoder) {
      inputs.add(EMBEDDING);
    }
    stages.add(new VectorAssembler().setInputCols(inputs.toArray(String[]::new)).setOutputCol(FEATURES));
    stages.add(regression);
    return stages.toArray(PipelineStage[]::new);
  }

  private static Path save(PipelineModel pipeline, StanceModelManifest manifest, String modelsDir) {
    Configuration conf = SparkSession.active().sparkContext().hadoopConfiguration();
    Path incoming = ModelFolder.incoming(modelsDir);
    try {
      pipeline.write().save(new Path(incoming, PIPELINE_DIR).toString());
      FileSystem fs = incoming.getFileSystem(conf);
      try (OutputStream out = fs.create(new Path(incoming, StanceModelManifest.FILE), false)) {
        manifest.write(out);
      }
      return ModelFolder.publish(incoming, conf);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the stance model under " + modelsDir, e);
    }
  }

  /** {@link LexiconFeatures} of a lexicon-scored statement's columns. */
  private static final class LexiconVector implements UDF5<Double, Double, Double, scala.collection.Seq<String>,
      String, Vector> {
    private static final long serialVersionUID = 1L;

    @Override
    public Vector call(Double score, Double confidence, Double goldstein, scala.collection.Seq<String> cues,
        String label) {
      return LexiconFeatures.of(score, confidence, goldstein, cues == null ? 0 : cues.size(), label);
    }
  }

  /** The span-marked text of a statement. */
  private static final class MarkedText implements UDF5<String, Integer, Integer, Integer, Integer, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String call(String text, Integer sourceStart, Integer sourceEnd, Integer targetStart, Integer targetEnd) {
      try {
        return MarkedStatement.of(text, sourceStart, sourceEnd, targetStart, targetEnd).markedText();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("stance model: " + e.getMessage() + " in text \"" + text + "\"", e);
      }
    }
  }
}
