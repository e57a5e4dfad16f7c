package org.liveblog.analytics.stance;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.actors.ActorMentions;
import org.liveblog.analytics.actors.matching.ActorLexicon;
import org.liveblog.analytics.actors.registry.Actor;
import org.liveblog.analytics.actors.registry.ActorRegistry;
import org.liveblog.analytics.generate.CorpusGenerator;
import org.liveblog.analytics.generate.GeneratorSettings;
import org.liveblog.analytics.generate.GroundTruth;
import org.liveblog.analytics.ingest.EntryIngest;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stage.DeadLetters;
import org.liveblog.analytics.stance.extract.ActorRoles;
import org.liveblog.analytics.stance.lexicon.StanceLexicon;
import org.liveblog.analytics.stance.shifts.ShiftSettings;
import org.liveblog.analytics.stance.shifts.StanceShifts;
import org.liveblog.analytics.text.Segmenter;

/**
 * generate → sentences → actor mentions (default registry) → stance statements → shifts on one 20,000-entry corpus:
 * every planted stance flip is found within two days of its date and in its direction, and no flat control pair
 * shows a shift. The entries are the generator's rows taken as they are (plain text, no planted rejects or
 * duplicates), so the test exercises the stance functions and not ingest.
 */
class StanceGeneratedCorpusTest {

  private static final int TOLERANCE_DAYS = 2;

  @Test
  void plantedFlipsAreFoundAndControlsStayFlat() {
    SparkSession spark = SparkSessionExtension.session();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    CorpusGenerator generator = new CorpusGenerator(GeneratorSettings.of(20_000, 3).withShares(0, 0, 0));
    GroundTruth truth = generator.manifest();
    Dataset<Row> entries = generator.entries(spark, 4)
        .select(EntryIngest.entryKey(col("outlet"), col("blog_id"), col("entry_id")).as("entry_key"),
            col("outlet"), col("blog_id"), col("entry_id"), col("published_at"),
            to_date(col("published_at")).as("published_date"), col("body").as("text"), lit("gen").as(Tables.RUN_ID))
        .cache();
    Dataset<Row> sentences = Segmenter.sentences(entries, DeadLetters.registered(spark, 1_000));
    ActorRegistry registry = ActorRegistry.defaultRegistry();
    Dataset<Row> mentions = ActorMentions.mentions(sentences, jsc.broadcast(ActorLexicon.of(registry)), DeadLetters.registered(spark, 1_000), "gen");
    Dataset<Row> statements = StanceStatements.statements(entries, sentences, mentions,
        jsc.broadcast(StanceLexicon.defaultLexicon()), jsc.broadcast(ActorRoles.of(registry)), DeadLetters.registered(spark, 1_000), "gen").cache();
    List<Row> shifts = StanceShifts.shifts(statements, ShiftSettings.DEFAULTS, "gen").collectAsList();

    Map<String, String> ids = registryIds(truth, registry);
    for (GroundTruth.StanceShift planted : truth.stance().shifts()) {
      String source = ids.get(planted.source());
      String target = ids.get(planted.target());
      LocalDate date = LocalDate.parse(planted.date());
      List<Row> found = pair(shifts, source, target);
      assertThat(found).as("shifts of %s -> %s (planted on %s)", source, target, date)
          .anySatisfy(s -> {
            LocalDate change = s.<java.sql.Date>getAs("change_date").toLocalDate();
            assertThat(Math.abs(ChronoUnit.DAYS.between(date, change))).isLessThanOrEqualTo(TOLERANCE_DAYS);
            assertThat(Math.signum(s.<Double>getAs("delta")))
                .isEqualTo(Math.signum(planted.scoreAfter() - planted.scoreBefore()));
          });
    }
    for (GroundTruth.StanceControl control : truth.stance().controls()) {
      String source = ids.get(control.source());
      String target = ids.get(control.target());
      assertThat(statements.filter(col("source_actor_id").equalTo(source).and(col("target_actor_id").equalTo(target)))
          .count()).as("statements of control %s -> %s", source, target).isGreaterThan(100);
      assertThat(pair(shifts, source, target)).as("shifts of control %s -> %s", source, target).isEmpty();
    }
  }

  private static List<Row> pair(List<Row> shifts, String source, String target) {
    return shifts.stream().filter(s -> s.<String>getAs("source_actor_id").equals(source)
        && s.<String>getAs("target_actor_id").equals(target)).toList();
  }

  /** The generator's actor ids ("nato", "xi") as registry ids ("NATO", "xi_jinping"), matched by name. */
  private static Map<String, String> registryIds(GroundTruth truth, ActorRegistry registry) {
    Map<String, String> byName = registry.actors().stream()
        .collect(Collectors.toMap(a -> a.name().toLowerCase(Locale.ROOT), Actor::actorId, (a, b) -> a));
    return truth.actors().stream().collect(Collectors.toMap(GroundTruth.Actor::id,
        a -> {
          String id = byName.get(a.name().toLowerCase(Locale.ROOT));
          assertThat(id).as("registry actor named %s", a.name()).isNotNull();
          return id;
        }));
  }

}
