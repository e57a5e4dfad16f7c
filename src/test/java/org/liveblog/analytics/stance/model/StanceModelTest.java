package org.liveblog.analytics.stance.model;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.TestFiles;

/**
 * The learned stance model on statements written for the test: trains with cross-validation, saves under its
 * content hash, loads and scores, with and without the encoder; and refuses bad input and tampered folders.
 */
class StanceModelTest {

  static SparkSession spark;
  static Dataset<Row> labelled;
  static VaderLexiconFeatures lexicon;
  static Dataset<Row> withLexicon;
  /** Trained once (training is the slow part): n-grams and the lexicon stand-in, two grid points. */
  static StanceModel plain;

  @TempDir
  static Path models;

  /** Sentence, source, target, label: cooperation, hostility and plain contact between states. */
  static final String[][] STATEMENTS = {
    {"Germany praised France for its help with the talks.", "Germany", "France", "positive"},
    {"Canada thanked Poland for the aid convoy.", "Canada", "Poland", "positive"},
    {"Japan welcomed the support offered by India.", "Japan", "India", "positive"},
    {"Brazil praised Chile after the summit.", "Brazil", "Chile", "positive"},
    {"Italy thanked Spain for its support at the meeting.", "Italy", "Spain", "positive"},
    {"Kenya welcomed the new trade offer from Ghana.", "Kenya", "Ghana", "positive"},
    {"Norway praised Sweden for the rescue effort.", "Norway", "Sweden", "positive"},
    {"Mexico thanked Peru for the quick help.", "Mexico", "Peru", "positive"},
    {"Egypt welcomed the support of Jordan for the ceasefire.", "Egypt", "Jordan", "positive"},
    {"Austria praised Hungary for its fair handling of the vote.", "Austria", "Hungary", "positive"},
    {"Russia condemned Ukraine over the attack on the border post.", "Russia", "Ukraine", "negative"},
    {"Iran accused Israel of planning a new attack.", "Iran", "Israel", "negative"},
    {"China threatened Taiwan with more drills.", "China", "Taiwan", "negative"},
    {"Serbia condemned Kosovo for the arrests.", "Serbia", "Kosovo", "negative"},
    {"Turkey accused Greece of violating its airspace.", "Turkey", "Greece", "negative"},
    {"Venezuela threatened Guyana over the oil field.", "Venezuela", "Guyana", "negative"},
    {"Pakistan condemned India after the shelling.", "Pakistan", "India", "negative"},
    {"Syria accused Lebanon of hiding fighters.", "Syria", "Lebanon", "negative"},
    {"Belarus threatened Lithuania over the border closure.", "Belarus", "Lithuania", "negative"},
    {"Armenia condemned Azerbaijan for the attack.", "Armenia", "Azerbaijan", "negative"},
    {"Germany met France in Brussels on Tuesday.", "Germany", "France", "neutral"},
    {"Canada and Poland signed the minutes of the meeting.", "Canada", "Poland", "neutral"},
    {"Japan will host India next month.", "Japan", "India", "neutral"},
    {"Brazil called Chile about the schedule.", "Brazil", "Chile", "neutral"},
    {"Italy sent Spain the agenda for the summit.", "Italy", "Spain", "neutral"},
    {"Kenya visited Ghana for a regional conference.", "Kenya", "Ghana", "neutral"},
    {"Norway told Sweden the flight times.", "Norway", "Sweden", "neutral"},
    {"Mexico phoned Peru on Monday.", "Mexico", "Peru", "neutral"},
    {"Egypt received the delegation of Jordan at the airport.", "Egypt", "Jordan", "neutral"},
    {"Austria will meet Hungary in Vienna.", "Austria", "Hungary", "neutral"},
  };

  static final String TWO_PAIRS = "Germany praised France but condemned Russia.";

  @BeforeAll
  static void data() {
    spark = SparkSessionExtension.session();
    List<StanceExample> examples = new ArrayList<>();
    for (int i = 0; i < STATEMENTS.length; i++) {
      examples.add(example("d" + i, STATEMENTS[i][0], STATEMENTS[i][1], STATEMENTS[i][2], STATEMENTS[i][3]));
    }
    examples.add(example("pair", TWO_PAIRS, "Germany", "France", "positive"));
    examples.add(example("pair", TWO_PAIRS, "Germany", "Russia", "negative"));
    labelled = StanceExample.frame(spark.createDataset(examples, StanceExample.encoder()));
    lexicon = VaderLexiconFeatures.read(Path.of("src/test/resources/stance/valences-sample.txt"));
    withLexicon = lexicon.withFeatures(labelled);
    plain = StanceModel.train(withLexicon, quick(), models.resolve("plain").toString());
  }

  static StanceExample example(String docId, String text, String source, String target, String label) {
    int s = text.indexOf(source);
    int t = text.indexOf(target, text.indexOf(source) + source.length());
    return new StanceExample(docId, text, s, s + source.length(), t, t + target.length(), label, "train");
  }

  static StanceModelSettings quick() {
    return new StanceModelSettings(false, SentenceEncoder.Pooling.MEAN, 2, 1, 2, 7L, new double[] {0.01, 0.3},
        new double[] {0.0}, 30, 8, 1);
  }

  @Test
  void trainsSavesLoadsAndScores() throws IOException {
    StanceModel model = plain;

    assertThat(model.version()).matches("stance-[0-9a-f]{16}");
    assertThat(models.resolve("plain").resolve(model.version()).resolve("stance-model.properties")).exists();
    try (Stream<Path> entries = Files.list(models.resolve("plain"))) {
      assertThat(entries.map(p -> p.getFileName().toString())).containsExactly(model.version());
    }
    assertThat(model.method()).isEqualTo("model");
    assertThat(model.versions()).isEqualTo(Map.of("stance_model", model.version()));
    StanceModelManifest manifest = model.manifest();
    assertThat(manifest.lexiconFeatures()).isEqualTo(VaderLexiconFeatures.LAYOUT.size());
    // Two L2 strengths, each unweighted and with balanced class weights.
    assertThat(manifest.gridResults()).hasSize(4).anyMatch(r -> r.contains("/balanced="))
        .anyMatch(r -> r.contains("/none="));
    assertThat(manifest.trainingRows()).containsExactly(11, 10, 11);

    StanceEvaluation evaluation = model.evaluate(withLexicon);
    assertThat(evaluation.total()).isEqualTo(STATEMENTS.length + 2);
    assertThat(evaluation.macroF1()).as(evaluation.report()).isGreaterThan(0.8);

    Dataset<Row> candidates = withLexicon.drop(StanceColumns.LABEL);
    assertThat(JobCounter.jobsDuring(spark, () -> model.score(candidates))).as("score runs no job").isZero();
    List<Row> scored = model.score(candidates).orderBy("doc_id", "target_start").collectAsList();
    assertThat(scored).hasSize(STATEMENTS.length + 2);
    for (Row row : scored) {
      assertThat(StanceColumns.LABELS).contains(row.<String>getAs("label"));
      assertThat(row.<Double>getAs("score")).isBetween(-1.0, 1.0);
      assertThat(row.<Double>getAs("confidence")).isBetween(1.0 / 3, 1.0);
      assertThat(row.<String>getAs("method")).isEqualTo("model");
      assertThat(row.<String>getAs("model_version")).isEqualTo(model.version());
      assertThat(row.<String>getAs("split")).as("input columns pass through").isEqualTo("train");
      String label = row.getAs("label");
      double score = row.getAs("score");
      if (label.equals("positive")) {
        assertThat(score).as("P(pos) - P(neg) of a positive prediction").isPositive();
      } else if (label.equals("negative")) {
        assertThat(score).isNegative();
      }
    }

    StanceModel loaded = StanceModel.load(models.resolve("plain").resolve(model.version()).toString());
    List<Row> again = loaded.score(candidates).orderBy("doc_id", "target_start").collectAsList();
    assertThat(again).isEqualTo(scored);
  }

  @Test
  void withTheEncoderDifferentPairsOfOneSentenceGetDifferentFeatures() {
    EncoderSpec encoder = EncoderSpec.miniLm(1);
    List<Row> pair = StanceModel.features(labelled.filter(col("doc_id").equalTo("pair")), encoder,
        SentenceEncoder.Pooling.SPANS, 8, 0).orderBy("target_start").collectAsList();
    assertThat(pair).hasSize(2);
    assertThat(pair.get(0).<String>getAs(StanceModel.MARKED_TEXT))
        .isEqualTo("@ Germany @ praised # France # but condemned Russia.");
    assertThat(pair.get(1).<String>getAs(StanceModel.MARKED_TEXT))
        .isEqualTo("@ Germany @ praised France but condemned # Russia # .");
    Vector france = pair.get(0).getAs(StanceModel.EMBEDDING);
    Vector russia = pair.get(1).getAs(StanceModel.EMBEDDING);
    assertThat(france.size()).isEqualTo(SentenceEncoder.DIMENSION);
    assertThat(france).isNotEqualTo(russia);

    StanceModelSettings settings = quick().withEncoder(true, SentenceEncoder.Pooling.SPANS)
        .withCrossValidation(2, 7L, new double[] {0.1}, new double[] {0.0});
    StanceModel model = StanceModel.train(labelled, settings, models.resolve("encoder").toString());
    assertThat(model.method()).isEqualTo("model+encoder");
    assertThat(model.versions()).containsEntry("stance_encoder", encoder.modelSha256());
    StanceEvaluation evaluation = model.evaluate(labelled);
    assertThat(evaluation.macroF1()).as(evaluation.report()).isGreaterThan(0.8);
    List<Row> scored = model.score(labelled.drop("label").filter(col("doc_id").equalTo("pair")))
        .orderBy("target_start").collectAsList();
    assertThat(scored.get(0).<Double>getAs("score")).isNotEqualTo(scored.get(1).<Double>getAs("score"));
    assertThat(scored).allSatisfy(row -> assertThat(row.<String>getAs("method")).isEqualTo("model+encoder"));
  }

  @Test
  void emptyAndMalformedInput() {
    StanceModel model = plain;
    Dataset<Row> scored = model.score(withLexicon.drop("label").limit(0));
    assertThat(scored.columns()).contains("doc_id", "label", "score", "confidence", "method", "model_version");
    assertThat(scored.count()).isZero();

    // Malformed rows: a label the model does not know, a span outside its text, a half span.
    assertThatThrownBy(() -> StanceModel.train(labelled.withColumn("label", lit("pro")), quick(),
        models.resolve("bad").toString())).hasMessageContaining("have label 'pro'; expected one of");
    Dataset<Row> outside = withLexicon.drop("label").limit(1).withColumn("target_end", lit(999));
    assertThatThrownBy(() -> model.score(outside).collectAsList())
        .hasStackTraceContaining("target span").hasStackTraceContaining("outside the text");
    assertThatThrownBy(() -> model.score(withLexicon.drop("label").drop("target_end")))
        .hasMessageContaining("stance model scoring: input does not include column target_end");
    assertThatThrownBy(() -> model.score(withLexicon))
        .hasMessageContaining("input already has column label");
    assertThatThrownBy(() -> StanceModel.train(labelled.filter(col("label").equalTo("neutral")), quick(),
        models.resolve("bad").toString())).hasMessageContaining("needs statements of at least two labels");
  }

  @Test
  void refusesTamperedAndMisnamedFolders() throws IOException {
    assertThatThrownBy(() -> plain.score(labelled.drop("label")))
        .hasMessageContaining("was trained with lexicon_features (5 values per row); the input has no such column");
    assertThatThrownBy(() -> StanceModel.load(models.resolve("plain").toString()))
        .hasMessageContaining("is not named stance-<content hash>");

    for (boolean withChecksums : new boolean[] {true, false}) {
      Path folder = copy(models.resolve("plain").resolve(plain.version()),
          models.resolve("tampered-" + withChecksums).resolve(plain.version()), withChecksums);
      assertThat(StanceModel.load(folder.toString()).version()).as("an untouched copy").isEqualTo(plain.version());
      Path manifest = folder.resolve("stance-model.properties");
      Files.writeString(manifest, Files.readString(manifest).replace("ngram.max=2", "ngram.max=3"));
      assertThatThrownBy(() -> StanceModel.load(folder.toString())).as("checksums " + withChecksums)
          .hasMessageContaining("a file was changed, added or removed after training");
    }

    assertThatThrownBy(() -> VaderLexiconFeatures.read(Path.of("src/test/resources/stance/valences-broken.txt")))
        .hasMessageContaining("valences-broken.txt line 2: expected token<TAB>mean valence");
  }

  @Test
  void lexiconStandInReadsValencesAroundTheTarget() {
    double[] features = lexicon.features("Germany praised France but condemned Russia.", 37, 43);
    Map<String, Double> named = new java.util.LinkedHashMap<>();
    for (int i = 0; i < features.length; i++) {
      named.put(VaderLexiconFeatures.LAYOUT.get(i), features[i]);
    }
    double sum = 2.2 - 2.4;
    assertThat(named.get("text_compound")).isCloseTo(sum / Math.sqrt(sum * sum + 15), within());
    // The window of four words before Russia holds praised, France, but, condemned.
    assertThat(named.get("target_window_compound")).isCloseTo(sum / Math.sqrt(sum * sum + 15), within());
    assertThat(named.get("positive_share")).isCloseTo(1.0 / 6, within());
    assertThat(named.get("negative_share")).isCloseTo(1.0 / 6, within());
    assertThat(named.get("has_negation")).isZero();
    double[] notPraised = lexicon.features("Germany has not praised France.", 24, 30);
    assertThat(notPraised[4]).isEqualTo(1.0);
    assertThat(notPraised[1]).isCloseTo(2.2 / Math.sqrt(2.2 * 2.2 + 15), within());
  }

  /** A copy of a model folder, with or without Hadoop's .crc files (as on S3). */
  static Path copy(Path from, Path to, boolean withChecksums) {
    return TestFiles.copyFolder(from, to, file -> withChecksums || !file.getFileName().toString().endsWith(".crc"));
  }


  static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
