package org.liveblog.analytics.generate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.ingest.InputContract;

/** Generates one small corpus and checks that what its manifest says was planted can be found in the rows. */
@ExtendWith(SparkSessionExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusGeneratorTest {

  private static final GeneratorSettings SETTINGS =
      GeneratorSettings.of(6000, 42).withPeriod(LocalDate.of(2024, 1, 1), 60).withShares(0.3, 0.01, 0.01);

  private final CorpusGenerator generator = new CorpusGenerator(SETTINGS);
  private final GroundTruth truth = generator.manifest();
  private Dataset<Row> rows;
  /** The entries ingest should keep: no planted rejects, the newest version of each key. */
  private List<Entry> valid;

  record Entry(LocalDate date, String body) {}

  @BeforeAll
  void generate(SparkSession spark) {
    rows = generator.entries(spark, 3).cache();
    Column missing = col("entry_id").isNull().or(col("body").isNull())
        .or(regexp_replace(col("body"), "\\s", "").equalTo(""));
    Column early = col("published_at").lt(lit(Timestamp.valueOf("1990-01-01 00:00:00")));
    Column tagsOnly = regexp_replace(regexp_replace(col("body"), "<[^>]*>", ""), "\\s", "").equalTo("");
    Dataset<Row> accepted = rows.where(missing.or(early).or(tagsOnly).equalTo(false))
        .withColumn("version", row_number().over(Window.partitionBy("outlet", "blog_id", "entry_id")
            .orderBy(col("updated_at").desc_nulls_last())))
        .where(col("version").equalTo(1));
    valid = new ArrayList<>();
    for (Row row : accepted.select(to_date(col("published_at")), col("body")).collectAsList()) {
      valid.add(new Entry(row.getDate(0).toLocalDate(), row.getString(1)));
    }
  }

  @AfterAll
  void release() {
    rows.unpersist();
  }

  @Test
  void columnsAreThoseOfTheNativeInputContract() {
    StructField[] expected = InputContract.nativeSchema().fields();
    StructField[] actual = rows.schema().fields();
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual[i].name()).as("column %d", i).isEqualTo(expected[i].name());
      assertThat(actual[i].dataType()).as("type of %s", expected[i].name()).isEqualTo(expected[i].dataType());
    }
  }

  @Test
  void sameSeedGivesTheSameRowsWhateverThePartitioning(SparkSession spark) {
    Dataset<Row> again = new CorpusGenerator(SETTINGS).entries(spark, 5);
    assertThat(fingerprint(again)).isEqualTo(fingerprint());
  }

  @Test
  void anotherSeedGivesOtherRows(SparkSession spark) {
    Dataset<Row> other = new CorpusGenerator(SETTINGS.withSeed(43)).entries(spark, 3);
    assertThat(fingerprint(other)).isNotEqualTo(fingerprint());
    assertThat(fingerprint(other.limit(50))).isNotEqualTo(fingerprint(rows.limit(50)));
  }

  @Test
  void rowCountsMatchTheManifest() {
    assertThat(rows.count()).isEqualTo(truth.counts().rowsWritten());
    assertThat(valid).hasSize((int) truth.counts().validEntries());
    assertThat(rows.select("outlet").distinct().as(Encoders.STRING()).collectAsList())
        .containsExactlyInAnyOrderElementsOf(truth.outlets());
  }

  @Test
  void plantedRejectsAreFoundWithTheirReasons() {
    Column missing = col("entry_id").isNull().or(col("body").isNull())
        .or(regexp_replace(col("body"), "\\s", "").equalTo(""));
    Column early = col("published_at").lt(lit(Timestamp.valueOf("1990-01-01 00:00:00")));
    Column tagsOnly = col("body_format").equalTo("html")
        .and(regexp_replace(regexp_replace(col("body"), "<[^>]*>", ""), "\\s", "").equalTo(""))
        .and(regexp_replace(col("body"), "\\s", "").notEqual(""));
    assertThat(truth.rejects().total()).isEqualTo(60);
    Row found = rows.agg(count(when(missing, 1)), count(when(early, 1)), count(when(tagsOnly, 1))).first();
    assertThat(found.getLong(0)).as("MISSING_FIELD").isEqualTo(truth.rejects().byReason().get("MISSING_FIELD"));
    assertThat(found.getLong(1)).as("TIMESTAMP_OUT_OF_RANGE")
        .isEqualTo(truth.rejects().byReason().get("TIMESTAMP_OUT_OF_RANGE"));
    assertThat(found.getLong(2)).as("EMPTY_BODY").isEqualTo(truth.rejects().byReason().get("EMPTY_BODY"));
  }

  @Test
  void plantedDuplicatesAreOlderCopiesOfValidEntries() {
    List<Row> versions = rows.where(col("entry_id").isNotNull())
        .groupBy("outlet", "blog_id", "entry_id")
        .agg(count(lit(1)).as("n"), min("published_at"), max("published_at"), min("updated_at"), max("updated_at"),
            min_by(length(col("body")), col("updated_at")), max_by(length(col("body")), col("updated_at")))
        .where(col("n").gt(1))
        .collectAsList();
    assertThat(versions).hasSize((int) truth.duplicates().count()).hasSize(60)
        .allSatisfy(key -> assertThat(key.getLong(3)).as("versions of %s", key.getString(2)).isEqualTo(2));
    for (Row key : versions) {
      String entry = key.getString(2);
      assertThat(key.getTimestamp(4)).as("published_at of both versions of %s", entry).isEqualTo(key.get(5));
      assertThat(key.getTimestamp(6)).as("older updated_at of %s", entry).isEqualTo(key.getTimestamp(4))
          .isBefore(key.getTimestamp(7));
      assertThat(key.getInt(8)).as("older body of %s is shorter", entry).isLessThan(key.getInt(9));
    }
  }

  @Test
  void risingAndFallingActorsTrendAndOthersStayFlat() {
    for (GroundTruth.Trend trend : truth.trends()) {
      double first = rate(trend.actor(), 0, 29);
      double last = rate(trend.actor(), 30, 59);
      if (trend.direction().equals("rising")) {
        assertThat(last).as("%s rises", trend.actor()).isGreaterThan(1.8 * first);
      } else {
        assertThat(first).as("%s falls", trend.actor()).isGreaterThan(1.8 * last);
      }
    }
    double first = rate("putin", 0, 29);
    double last = rate("putin", 30, 59);
    assertThat(last / first).as("putin stays flat").isBetween(0.8, 1.25);
    assertThat(rate("putin", 0, 59)).isCloseTo(0.30, offset(0.03));
  }

  @Test
  void spikeDayStandsOut() {
    GroundTruth.Spike spike = truth.spikes().get(0);
    int day = (int) (LocalDate.parse(spike.date()).toEpochDay() - SETTINGS.startDate().toEpochDay());
    double onDay = rate(spike.actor(), day, day);
    double around = (rate(spike.actor(), day - 4, day - 1) + rate(spike.actor(), day + 1, day + 4)) / 2;
    assertThat(onDay).isCloseTo(spike.spikeProbability(), offset(0.12));
    assertThat(onDay).as("spike of %s on %s", spike.actor(), spike.date()).isGreaterThan(3 * around);
  }

  @Test
  void flippedPairsSwitchPolarityOnTheirDateAndControlsDoNot() {
    for (GroundTruth.StanceShift shift : truth.stance().shifts()) {
      LocalDate date = LocalDate.parse(shift.date());
      double before = polarityShare(shift.source(), shift.target(), shift.before(), null, date);
      double after = polarityShare(shift.source(), shift.target(), shift.after(), date, null);
      assertThat(before).as("%s→%s %s before %s", shift.source(), shift.target(), shift.before(), date)
          .isGreaterThan(0.75);
      assertThat(after).as("%s→%s %s from %s", shift.source(), shift.target(), shift.after(), date)
          .isGreaterThan(0.75);
    }
    LocalDate middle = SETTINGS.startDate().plusDays(30);
    for (GroundTruth.StanceControl control : truth.stance().controls()) {
      assertThat(polarityShare(control.source(), control.target(), control.polarity(), null, middle))
          .as("%s→%s before %s", control.source(), control.target(), middle).isGreaterThan(0.75);
      assertThat(polarityShare(control.source(), control.target(), control.polarity(), middle, null))
          .as("%s→%s from %s", control.source(), control.target(), middle).isGreaterThan(0.75);
    }
  }

  @Test
  void raisedTopicPairsCoOccurAndIndependentOnesDoNot() {
    for (GroundTruth.Topic topic : truth.topics().topics()) {
      assertThat(topicShare(topic.id(), null)).as("share of %s", topic.id())
          .isCloseTo(topic.probability(), offset(0.025));
    }
    for (GroundTruth.TopicPair pair : truth.topics().raisedPairs()) {
      assertThat(lift(pair.a(), pair.b())).as("lift of %s/%s", pair.a(), pair.b()).isGreaterThan(1.5);
    }
    for (GroundTruth.TopicPair pair : truth.topics().independentPairs()) {
      assertThat(lift(pair.a(), pair.b())).as("lift of %s/%s", pair.a(), pair.b()).isBetween(0.8, 1.25);
    }
  }

  @Test
  void bodiesCarryTheAttributionPatternsAndBothFormats() {
    long html = rows.where(col("body_format").equalTo("html")).count();
    assertThat((double) html / rows.count()).isCloseTo(0.3, offset(0.03));
    String all = valid.stream().map(Entry::body).collect(Collectors.joining("\n\n"));
    assertThat(all).contains(" said:\n\n“", "told reporters:", " added:", "according to ", "Reuters reports that",
        "Interfax is reporting that", "Nato’s", "Nato's", "<blockquote><p>“", "<strong>", "<a href=",
        "Vladimir Putin ", " Putin said.");
    assertThat(Pattern.compile("\\b(EU|US|UN|Nato|Russia|Ukraine|China)-(EU|US|UN|Nato|Russia|Ukraine|China) ")
        .matcher(all).find()).isTrue();
    assertThat(Pattern.compile("“[^”\\n]+\\.\\n\\n“[^”\\n]+\\.”").matcher(all).find())
        .as("a quote running over two paragraphs").isTrue();
    for (Entry entry : valid) {
      if (!entry.body().startsWith("<")) {
        int paragraphs = entry.body().split("\n\n").length;
        assertThat(paragraphs).as("paragraphs of %s", entry.body()).isBetween(2, 6);
      }
    }
  }

  // --- helpers over the valid entries -------------------------------------------------------------------------

  private double rate(String actorId, int fromDay, int toDay) {
    Pattern mention = actorPattern(actorId);
    LocalDate from = SETTINGS.startDate().plusDays(fromDay);
    LocalDate to = SETTINGS.startDate().plusDays(toDay);
    long n = 0;
    long hits = 0;
    for (Entry entry : valid) {
      if (!entry.date().isBefore(from) && !entry.date().isAfter(to)) {
        n++;
        if (mention.matcher(entry.body()).find()) {
          hits++;
        }
      }
    }
    assertThat(n).as("entries between %s and %s", from, to).isPositive();
    return (double) hits / n;
  }

  private Pattern actorPattern(String actorId) {
    GroundTruth.Actor actor = truth.actors().stream().filter(a -> a.id().equals(actorId)).findFirst().orElseThrow();
    return Pattern.compile("(?<![\\p{L}])(" + alternation(actor.aliases()) + ")(?![\\p{L}])");
  }

  /** Share of source→target statements in [from, to) whose cue has the given polarity. */
  private double polarityShare(String source, String target, String polarity, LocalDate from, LocalDate to) {
    List<String> cooperative = truth.stance().cooperativeCues();
    List<String> hostile = truth.stance().hostileCues();
    List<String> cues = new ArrayList<>(cooperative);
    cues.addAll(hostile);
    Pattern statement = Pattern.compile(actorPattern(source).pattern() + " (" + alternation(cues) + ") "
        + actorPattern(target).pattern());
    long n = 0;
    long matching = 0;
    for (Entry entry : valid) {
      if ((from != null && entry.date().isBefore(from)) || (to != null && !entry.date().isBefore(to))) {
        continue;
      }
      var m = statement.matcher(entry.body());
      while (m.find()) {
        n++;
        boolean isCooperative = cooperative.contains(m.group(2));
        if (isCooperative == polarity.equals("cooperative")) {
          matching++;
        }
      }
    }
    assertThat(n).as("statements %s→%s between %s and %s", source, target, from, to).isGreaterThan(20);
    return (double) matching / n;
  }

  private final java.util.Map<String, boolean[]> topicFlags = new java.util.HashMap<>();

  private double topicShare(String topicId, String otherTopicId) {
    boolean[] a = topicFlags(topicId);
    boolean[] b = otherTopicId == null ? null : topicFlags(otherTopicId);
    long hits = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] && (b == null || b[i])) {
        hits++;
      }
    }
    return (double) hits / valid.size();
  }

  private boolean[] topicFlags(String topicId) {
    return topicFlags.computeIfAbsent(topicId, id -> {
      Pattern pattern = topicPattern(id);
      boolean[] flags = new boolean[valid.size()];
      for (int i = 0; i < flags.length; i++) {
        flags[i] = pattern.matcher(valid.get(i).body()).find();
      }
      return flags;
    });
  }

  private double lift(String a, String b) {
    return topicShare(a, b) / (topicShare(a, null) * topicShare(b, null));
  }

  private Pattern topicPattern(String topicId) {
    GroundTruth.Topic topic = truth.topics().topics().stream().filter(t -> t.id().equals(topicId)).findFirst()
        .orElseThrow();
    return Pattern.compile("(?<![\\p{L}])(" + alternation(topic.keywords()) + ")(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static String alternation(List<String> terms) {
    return terms.stream().sorted(Comparator.comparing(String::length).reversed()).map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }

  private List<Object> fingerprint;

  private List<Object> fingerprint() {
    if (fingerprint == null) {
      fingerprint = fingerprint(rows);
    }
    return fingerprint;
  }

  private static List<Object> fingerprint(Dataset<Row> data) {
    Column[] columns = Arrays.stream(data.columns()).map(c -> col(c)).toArray(Column[]::new);
    Row row = data.agg(sum(xxhash64(columns).cast(DataTypes.createDecimalType(38, 0))), count(lit(1))).first();
    return List.of(row.get(0), row.get(1));
  }
}
