package org.liveblog.analytics.eval;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
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
import org.liveblog.analytics.stage.SparkSessions;
import org.liveblog.analytics.stance.StanceStatements;
import org.liveblog.analytics.stance.extract.ActorRoles;
import org.liveblog.analytics.stance.lexicon.StanceLexicon;
import org.liveblog.analytics.stance.shifts.ShiftSettings;
import org.liveblog.analytics.stance.shifts.StanceShifts;
import org.liveblog.analytics.text.Segmenter;

/**
 * Recall of planted stance flips and false shifts of flat control pairs over several generated corpora (seeds 1..N):
 * a flip counts as found when a shift of its pair lies within two days of the planted date in the planted direction;
 * a control fails when any shift of its pair is reported. The generator's rows are taken as entries (no planted
 * rejects or duplicates), then sentences, actor mentions (default registry), statements and shifts with the default
 * settings. Usage: {@code StanceShiftEvaluation [seeds=20] [entries=20000]}; prints one line per seed and the totals.
 */
public final class StanceShiftEvaluation {

  private StanceShiftEvaluation() {}

  public static void main(String[] args) {
    int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    long size = args.length > 1 ? Long.parseLong(args[1]) : 20_000;
    SparkSession spark = SparkSessions.configured(SparkSession.builder())
        .master("local[2]").appName("stance-shift-evaluation")
        .config("spark.sql.shuffle.partitions", "2").config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC").getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    ActorRegistry registry = ActorRegistry.defaultRegistry();
    Broadcast<ActorLexicon> actors = jsc.broadcast(ActorLexicon.of(registry));
    Broadcast<StanceLexicon> lexicon = jsc.broadcast(StanceLexicon.defaultLexicon());
    Broadcast<ActorRoles> roles = jsc.broadcast(ActorRoles.of(registry));
    int planted = 0;
    int found = 0;
    int controls = 0;
    int falseShifts = 0;
    for (long seed = 1; seed <= seeds; seed++) {
      long started = System.nanoTime();
      CorpusGenerator generator = new CorpusGenerator(GeneratorSettings.of(size, seed).withShares(0, 0, 0));
      GroundTruth truth = generator.manifest();
      Dataset<Row> entries = generator.entries(spark, 4)
          .select(EntryIngest.entryKey(col("outlet"), col("blog_id"), col("entry_id")).as("entry_key"),
              col("outlet"), col("blog_id"), col("entry_id"), col("published_at"),
              to_date(col("published_at")).as("published_date"), col("body").as("text"), lit("eval").as(Tables.RUN_ID))
          .cache();
      Dataset<Row> sentences = Segmenter.sentences(entries, DeadLetters.registered(spark, 1_000));
      Dataset<Row> mentions = ActorMentions.mentions(sentences, actors, DeadLetters.registered(spark, 1_000), "eval");
      Dataset<Row> statements = StanceStatements.statements(entries, sentences, mentions, lexicon, roles, DeadLetters.registered(spark, 1_000), "eval")
          .cache();
      List<Row> shifts = StanceShifts.shifts(statements, ShiftSettings.DEFAULTS, "eval").collectAsList();
      Map<String, String> ids = registryIds(truth, registry);
      StringBuilder line = new StringBuilder();
      for (GroundTruth.StanceShift flip : truth.stance().shifts()) {
        planted++;
        LocalDate date = LocalDate.parse(flip.date());
        double direction = Math.signum(flip.scoreAfter() - flip.scoreBefore());
        List<Row> ofPair = pair(shifts, ids.get(flip.source()), ids.get(flip.target()));
        boolean hit = ofPair.stream().anyMatch(s -> Math.abs(ChronoUnit.DAYS.between(date,
            s.<java.sql.Date>getAs("change_date").toLocalDate())) <= 2
            && Math.signum(s.<Double>getAs("delta")) == direction);
        found += hit ? 1 : 0;
        line.append(String.format(Locale.ROOT, " %s->%s %s (%s)", flip.source(), flip.target(),
            hit ? "found" : "MISSED", ofPair.stream().map(s -> String.valueOf(s.<java.sql.Date>getAs("change_date")))
                .collect(Collectors.joining(",")) + " vs " + date));
      }
      for (GroundTruth.StanceControl control : truth.stance().controls()) {
        controls++;
        List<Row> ofPair = pair(shifts, ids.get(control.source()), ids.get(control.target()));
        falseShifts += ofPair.isEmpty() ? 0 : 1;
        line.append(String.format(Locale.ROOT, " control %s->%s %s", control.source(), control.target(),
            ofPair.isEmpty() ? "flat" : "FALSE SHIFT " + ofPair.size()));
      }
      System.out.printf(Locale.ROOT, "seed %d: %d statements, %d shifts, %.0f s;%s%n", seed, statements.count(),
          shifts.size(), (System.nanoTime() - started) / 1e9, line);
      statements.unpersist();
      entries.unpersist();
    }
    System.out.printf(Locale.ROOT, "planted flips found within 2 days in their direction: %d of %d (%.1f%%); control"
        + " pairs with a false shift: %d of %d (%.1f%%)%n", found, planted, 100.0 * found / planted, falseShifts,
        controls, 100.0 * falseShifts / controls);
    spark.stop();
  }

  private static List<Row> pair(List<Row> shifts, String source, String target) {
    return shifts.stream().filter(s -> s.<String>getAs("source_actor_id").equals(source)
        && s.<String>getAs("target_actor_id").equals(target)).toList();
  }

  /** The generator's actor ids ("nato", "xi") as registry ids ("NATO", "xi_jinping"), matched by name. */
  static Map<String, String> registryIds(GroundTruth truth, ActorRegistry registry) {
    Map<String, String> byName = registry.actors().stream()
        .collect(Collectors.toMap(a -> a.name().toLowerCase(Locale.ROOT), Actor::actorId, (a, b) -> a));
    return truth.actors().stream().collect(Collectors.toMap(GroundTruth.Actor::id, a -> {
      String id = byName.get(a.name().toLowerCase(Locale.ROOT));
      if (id == null) {
        throw new IllegalStateException("no registry actor is named " + a.name());
      }
      return id;
    }));
  }

}
