package org.liveblog.analytics.topics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.schema.TopicTables;
import org.liveblog.analytics.topics.EntryTopics;
import org.liveblog.analytics.topics.TopicChecks;
import org.liveblog.analytics.topics.TopicRows;
import org.liveblog.analytics.topics.TopicRowsFixture;

/**
 * The learned topics on a tiny corpus we write: 90 entries, each about one of three themes (weather, baking,
 * sailing) with a little shared filler. Three topics should find the three themes.
 */
class LdaTopicModelTest {

  @TempDir
  static Path dir;

  static SparkSession spark;
  static Dataset<Row> entries;
  static LdaTopicModel model;
  static final Map<String, String> THEME = new HashMap<>();

  static final String[][] THEMES = {
    {"rain", "snow", "storm", "wind", "clouds", "temperatures", "forecast", "frost", "thunder", "drizzle"},
    {"recipe", "flour", "butter", "oven", "sugar", "bake", "dough", "pastry", "cinnamon", "yeast"},
    {"boat", "harbour", "sail", "mast", "anchor", "crew", "tide", "deck", "rudder", "keel"},
  };
  static final String[] NAMES = {"weather", "baking", "sailing"};
  static final String[] FILLER = {"the", "and", "said", "today", "people", "place", "again"};

  static TopicModelSettings settings(long seed) {
    return new TopicModelSettings(3, 40, 1.0, 1000, 2, 0.9, 0.1, seed, 5, 0.2);
  }

  @BeforeAll
  static void train() {
    spark = SparkSessionExtension.session();
    Random random = new Random(3);
    TopicRowsFixture.Rows rows = new TopicRowsFixture.Rows(TopicRowsFixture.ENTRIES);
    for (int i = 0; i < 90; i++) {
      int theme = i % 3;
      List<String> words = new ArrayList<>();
      for (int w = 0; w < 12; w++) {
        words.add(THEMES[theme][random.nextInt(10)]);
      }
      words.add(FILLER[random.nextInt(FILLER.length)]);
      words.add(FILLER[random.nextInt(FILLER.length)]);
      String key = String.format("m%02d", i);
      THEME.put(key, NAMES[theme]);
      TopicRowsFixture.entry(rows, key, "b", "2024-03-0" + (1 + i % 5) + "T10:00:00Z", String.join(" ", words) + ".");
    }
    entries = rows.frame(spark);
    model = LdaTopicModel.train(entries, settings(11), dir.resolve("models").toString());
  }

  /** The theme whose words fill the topic's top terms, or "mixed". */
  private static String themeOf(List<String> terms) {
    for (int t = 0; t < THEMES.length; t++) {
      if (Set.of(THEMES[t]).containsAll(terms)) {
        return NAMES[t];
      }
    }
    return "mixed " + terms;
  }

  @Test
  void eachLearnedTopicIsOneThemeLabelledByItsTopTerms() {
    TopicModelSummary summary = model.summary();
    assertThat(summary.topics()).hasSize(3);
    assertThat(summary.topics()).extracting(t -> themeOf(t.terms()))
        .containsExactlyInAnyOrder("weather", "baking", "sailing");
    TopicModelSummary.LearnedTopic first = summary.topics().get(0);
    assertThat(first.topicId()).isEqualTo("lda_00");
    assertThat(first.label()).isEqualTo(String.join(" / ", first.terms().subList(0, 3)));
    assertThat(first.termWeights()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    // Filler words are stop words or in nearly every entry... or too rare to matter: none is a top term.
    assertThat(summary.topics()).allSatisfy(t -> assertThat(t.terms()).doesNotContain("the", "said", "today"));
  }

  @Test
  void qualityIsMeasuredOnHeldOutEntriesAndByCoherence() {
    TopicModelSummary summary = model.summary();
    assertThat(summary.heldOutEntries()).isPositive();
    assertThat(summary.trainingEntries() + summary.heldOutEntries()).isEqualTo(90);
    assertThat(summary.logPerplexity()).isNotNull().isFinite().isPositive();
    // Top terms of one theme share entries far more than chance: coherence well above 0.
    assertThat(summary.topics()).allSatisfy(t -> assertThat(t.coherence()).isBetween(0.1, 1.0));
    assertThat(summary.vocabularySize()).isEqualTo(30 + 2);
  }

  @Test
  void everyEntryWeighsMostOnItsThemesTopic() {
    Map<String, String> topicTheme = new HashMap<>();
    model.summary().topics().forEach(t -> topicTheme.put(t.topicId(), themeOf(t.terms())));
    List<Row> weights = model.weights(entries).select("entry_key", LdaTopicModel.DISTRIBUTION).collectAsList();
    int right = 0;
    for (Row row : weights) {
      Vector distribution = row.getAs(LdaTopicModel.DISTRIBUTION);
      assertThat(distribution.size()).isEqualTo(3);
      assertThat(java.util.Arrays.stream(distribution.toArray()).sum()).isCloseTo(1.0, within(1e-6));
      String best = LdaTopicModel.topicId(distribution.argmax());
      if (topicTheme.get(best).equals(THEME.get(row.<String>getAs("entry_key")))) {
        right++;
      }
    }
    assertThat(right).as("entries whose strongest topic is their theme").isGreaterThanOrEqualTo(85);
  }

  @Test
  void theSavedModelLoadsBackFromItsVersionFolderOrItsParent() throws Exception {
    Path folder = Path.of(model.path());
    assertThat(folder.getFileName().toString()).isEqualTo(model.summary().version()).startsWith("lda-k3-");
    assertThat(Files.exists(folder.resolve("model.json"))).isTrue();
    assertThat(Files.isDirectory(folder.resolve("pipeline"))).isTrue();
    LdaTopicModel loaded = LdaTopicModel.load(spark, dir.resolve("models").toString());
    assertThat(loaded.summary()).isEqualTo(model.summary());
    List<Row> before = model.weights(entries).orderBy("entry_key").collectAsList();
    List<Row> after = LdaTopicModel.apply(entries, model.path()).orderBy("entry_key").collectAsList();
    for (int i = 0; i < before.size(); i++) {
      Vector a = before.get(i).getAs(LdaTopicModel.DISTRIBUTION);
      Vector b = after.get(i).getAs(LdaTopicModel.DISTRIBUTION);
      assertThat(b.toArray()).containsExactly(a.toArray(), within(1e-9));
    }
    assertThatThrownBy(() -> LdaTopicModel.load(spark, dir.resolve("nowhere").toString()))
        .hasMessageContaining("nowhere does not exist");
    Files.createDirectories(dir.resolve("empty"));
    assertThatThrownBy(() -> LdaTopicModel.load(spark, dir.resolve("empty").toString()))
        .hasMessageContaining("holds no model.json");
  }

  @Test
  void theSameDataAndSettingsGiveTheSameVersion() {
    LdaTopicModel again = LdaTopicModel.train(entries, settings(11), dir.resolve("again").toString());
    assertThat(again.summary().version()).isEqualTo(model.summary().version());
    assertThat(again.summary().topics()).isEqualTo(model.summary().topics());
  }

  @Test
  void entryTopicsAndTopicRowsFromTheModel() {
    List<Row> rows = EntryTopics.model(entries, model, "run-1").collectAsList();
    assertThat(rows).isNotEmpty().allSatisfy(r -> {
      assertThat(r.<String>getAs("method")).isEqualTo(TopicTables.LDA);
      assertThat(r.<Double>getAs("weight")).isBetween(0.2, 1.0);
      assertThat(r.<Integer>getAs("hits")).isNull();
      assertThat(r.getList(r.fieldIndex("evidence"))).isEmpty();
    });
    // Rank 1 is the entry's strongest topic.
    Map<String, Row> first = new HashMap<>();
    rows.stream().filter(r -> r.<Integer>getAs("topic_rank") == 1).forEach(r -> first.put(r.getAs("entry_key"), r));
    assertThat(first).hasSize(90);
    assertThat(rows).allSatisfy(r -> assertThat(r.<Double>getAs("weight"))
        .isLessThanOrEqualTo(first.get(r.<String>getAs("entry_key")).<Double>getAs("weight")));
    Dataset<Row> topicRows = TopicRows.model(spark, model.summary(), "run-1");
    TopicChecks.assertPass(Map.of(TopicTables.TOPICS, topicRows,
        TopicTables.ENTRY_TOPICS, EntryTopics.model(entries, model, "run-1")), Map.of("entries", entries));
    List<Row> topics = topicRows.orderBy("topic_id").collectAsList();
    assertThat(topics).extracting(r -> r.<String>getAs("topic_id")).containsExactly("lda_00", "lda_01", "lda_02");
    assertThat(topics).allSatisfy(r -> assertThat(r.<String>getAs("version")).isEqualTo(model.summary().version()));
  }

  @Test
  void badSettingsAndInputsFailNamingWhatIsWrong() {
    assertThatThrownBy(() -> TopicModelSettings.withTopics(1)).hasMessageContaining("topics (k) must be between 2");
    assertThatThrownBy(() -> LdaTopicModel.train(entries.drop("text"), settings(1), dir.toString()))
        .hasMessageContaining("topics model: input does not include column text");
  }
}
