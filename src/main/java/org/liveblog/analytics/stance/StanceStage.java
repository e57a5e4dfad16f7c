package org.liveblog.analytics.stance;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.schema.StanceTables;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stage.CheckResult;
import org.liveblog.analytics.stage.InvalidConfigException;
import org.liveblog.analytics.stage.OptionTypes;
import org.liveblog.analytics.stage.Stage;
import org.liveblog.analytics.stage.StageContext;
import org.liveblog.analytics.stance.extract.ActorRoles;
import org.liveblog.analytics.stance.lexicon.InvalidLexiconException;
import org.liveblog.analytics.stance.lexicon.StanceLexicon;
import org.liveblog.analytics.stance.model.EvaluateCommand;
import org.liveblog.analytics.stance.model.StanceModel;
import org.liveblog.analytics.stance.model.TrainCommand;
import org.liveblog.analytics.stance.score.StanceScore;
import org.liveblog.analytics.stance.series.StanceSeries;
import org.liveblog.analytics.stance.shifts.ShiftSettings;
import org.liveblog.analytics.stance.shifts.StanceShifts;
import picocli.CommandLine.Option;

/**
 * The stance stage: who says what about whom in the run's sentences (stance_statements, scored by the lexicon), and
 * over the whole corpus as it will be once the run publishes, the day and week series of each pair and the shifts in
 * them. Person sources speak for their role's state or organisation through the registry the actors table holds, so
 * `stance` alone uses the registry the published actor tables were made with. The lexicon and method shape the dated
 * statements, and a backfill refuses others than the published ones were made with; the series and shift settings
 * shape only the undated tables, which every run recomputes whole, so a backfill may change them.
 */
public final class StanceStage implements Stage {

  public static final String NAME = "stance";

  /** The default scoring method (stance_statements.method); a saved model's rows say model:stance-<hash>. */
  static final String METHOD = "lexicon";

  static final int DEFAULT_SERIES_MIN_SUPPORT = 10;

  @Option(names = "--stance-lexicon", paramLabel = "DIR",
      description = "Folder (local, hdfs:// or s3a://) holding the four stance lexicon files (cameo-verbs.tsv,"
          + " goldstein.tsv, vader.tsv, function-words.tsv; src/main/resources/stance/README.md); default: the"
          + " lexicons shipped in the jar.")
  String lexiconPath;

  @Option(names = "--stance-model", paramLabel = "DIR",
      description = "A stance model saved by `stance train` (its stance-<hash> folder; local, hdfs:// or s3a://):"
          + " statements are scored by it instead of the lexicon, and each row's method names it; default: the"
          + " lexicon scorer (docs/EVALUATION.md compares them).")
  String modelPath;

  @Option(names = "--stance-min-support", paramLabel = "N", defaultValue = "" + DEFAULT_SERIES_MIN_SUPPORT,
      converter = OptionTypes.PositiveInt.class,
      description = "A stance_series period with fewer statements of a pair than this is flagged low_support"
          + " (default: ${DEFAULT-VALUE}).")
  int seriesMinSupport;

  @Option(names = "--shift-min-support", paramLabel = "N", defaultValue = "" + ShiftSettings.DEFAULT_MIN_SUPPORT,
      converter = OptionTypes.PositiveInt.class,
      description = "Statements a stance shift needs on each side of the change (default: ${DEFAULT-VALUE}).")
  int shiftMinSupport;

  @Option(names = "--shift-min-days", paramLabel = "N", defaultValue = "" + ShiftSettings.DEFAULT_MIN_DAYS,
      converter = OptionTypes.PositiveInt.class,
      description = "Days with statements a stance shift needs on each side of the change (default: ${DEFAULT-VALUE}).")
  int shiftMinDays;

  @Option(names = "--shift-fdr", paramLabel = "Q", defaultValue = "" + ShiftSettings.DEFAULT_FDR,
      converter = OptionTypes.Probability.class,
      description = "False discovery rate of stance shifts across pairs (Benjamini-Hochberg), between 0 and 1"
          + " (default: ${DEFAULT-VALUE}). A lower rate needs more pairs' worth of permutations: below about pairs"
          + " tested / 20,000 no shift can be significant (docs/ARCHITECTURE.md, Stance).")
  double shiftFdr;

  private StanceLexicon lexicon;
  private StanceModel model;
  private ShiftSettings shiftSettings;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<TableSchema> reads() {
    return List.of(Tables.ENTRIES, Tables.SENTENCES, Tables.ACTORS, Tables.ACTOR_MENTIONS);
  }

  @Override
  public List<TableSchema> writes() {
    return StanceTables.ALL;
  }

  /** Loads the lexicon (any Hadoop file system); a bad file fails naming file and line. */
  @Override
  public void prepare(SparkSession spark) {
    lexicon = loadLexicon(lexiconPath, spark.sparkContext().hadoopConfiguration());
    model = modelPath == null ? null : loadModel(modelPath);
    shiftSettings = ShiftSettings.DEFAULTS.withTests(shiftMinSupport, shiftMinDays, shiftFdr);
  }

  static StanceLexicon loadLexicon(String directory, Configuration hadoop) {
    if (directory == null) {
      return StanceLexicon.defaultLexicon();
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : StanceLexicon.FILES) {
      Path file = new Path(directory, name);
      try (InputStream in = file.getFileSystem(hadoop).open(file)) {
        files.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new InvalidConfigException("stance-lexicon: cannot read " + file + ": " + e.getMessage());
      }
    }
    try {
      return StanceLexicon.of(files, directory.endsWith("/") ? directory : directory + "/");
    } catch (InvalidLexiconException e) {
      throw new InvalidConfigException("stance-lexicon: " + e.getMessage());
    }
  }

  static StanceModel loadModel(String folder) {
    try {
      return StanceModel.load(folder);
    } catch (RuntimeException e) {
      throw new InvalidConfigException("stance-model: " + folder + ": " + e.getMessage());
    }
  }

  @Override
  public List<Object> commands() {
    return List.of(new TrainCommand(), new EvaluateCommand());
  }

  @Override
  public Map<String, String> versions() {
    Map<String, String> versions = new LinkedHashMap<>(guardedVersions());
    versions.put("stance_series_min_support", Integer.toString(seriesMinSupport));
    versions.put("stance_shifts", describe(shiftSettings));
    return versions;
  }

  /** The lexicon and the method: what shapes the dated statements that a backfill keeps beside its own. */
  @Override
  public Map<String, String> guardedVersions() {
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("stance_lexicon", lexicon.contentHash());
    versions.put("stance_method", model == null ? METHOD : model.method() + ":" + model.version());
    if (model != null) {
      versions.putAll(model.versions());
    }
    return versions;
  }

  /** Every shift setting, the fixed ones too (permutations, seed), so that runs.versions tells two results apart. */
  static String describe(ShiftSettings s) {
    return String.format(Locale.ROOT, "min_support=%d,min_days=%d,fdr=%s,permutations=%d,exceedances=%d,"
            + "max_changes=%d,evidence=%d,seed=%d", s.minSupport(), s.minDays(),
        BigDecimal.valueOf(s.fdr()).stripTrailingZeros().toPlainString(), s.permutations(), s.exceedances(),
        s.maxChanges(), s.evidence(), s.seed());
  }

  @Override
  public String republishCommand(String warehouse) {
    StringBuilder command = new StringBuilder("liveblog stance --warehouse ").append(warehouse);
    if (lexiconPath != null) {
      command.append(" --stance-lexicon ").append(lexiconPath);
    }
    if (modelPath != null) {
      command.append(" --stance-model ").append(modelPath);
    }
    if (seriesMinSupport != DEFAULT_SERIES_MIN_SUPPORT) {
      command.append(" --stance-min-support ").append(seriesMinSupport);
    }
    if (shiftMinSupport != ShiftSettings.DEFAULT_MIN_SUPPORT) {
      command.append(" --shift-min-support ").append(shiftMinSupport);
    }
    if (shiftMinDays != ShiftSettings.DEFAULT_MIN_DAYS) {
      command.append(" --shift-min-days ").append(shiftMinDays);
    }
    if (shiftFdr != ShiftSettings.DEFAULT_FDR) {
      command.append(" --shift-fdr ").append(shiftFdr);
    }
    return command.toString();
  }

  @Override
  public void run(StageContext context) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(context.spark().sparkContext());
    // The actors table is the registry as used: a few thousand rows (bounded by the registry, not by the corpus), so
    // it is collected to the driver and broadcast like the lexicon.
    ActorRoles roles = ActorRoles.fromRows(context.input(Tables.ACTORS)
        .select("actor_id", "type", "roles", "registry_hash").collectAsList());
    Broadcast<StanceLexicon> lexiconBroadcast = jsc.broadcast(lexicon);
    Broadcast<ActorRoles> rolesBroadcast = jsc.broadcast(roles);
    long statements;
    long shifts;
    try {
      statements = context.step("statements", () -> context.stage(StanceTables.STANCE_STATEMENTS,
          StanceStatements.statements(context.input(Tables.ENTRIES), context.input(Tables.SENTENCES),
              context.input(Tables.ACTOR_MENTIONS), lexiconBroadcast, rolesBroadcast, model, context.deadLetters(),
              context.runId())));
      context.step("series", () -> context.stage(StanceTables.STANCE_SERIES,
          StanceSeries.series(context.current(StanceTables.STANCE_STATEMENTS), seriesMinSupport, context.runId())));
      shifts = context.step("shifts", () -> context.stage(StanceTables.STANCE_SHIFTS,
          StanceShifts.shifts(context.current(StanceTables.STANCE_STATEMENTS), shiftSettings, context.runId())));
    } finally {
      lexiconBroadcast.destroy();
      rolesBroadcast.destroy();
    }
    checkStatementsFound(context, statements);
    Map<String, Long> byLabel = new TreeMap<>();
    context.input(StanceTables.STANCE_STATEMENTS).groupBy("label").count().collectAsList()
        .forEach(r -> byLabel.put(r.getString(0), r.getLong(1)));
    long pairs = context.input(StanceTables.STANCE_SHIFTS).select("method", "source_actor_id", "target_actor_id")
        .distinct().count();
    context.note(String.format(Locale.ROOT,
        "stance statements: %,d (%,d negative, %,d neutral, %,d positive); shifts over the whole corpus: %,d in %,d"
            + " pairs; lexicon %s, roles from registry %s (%,d actors)",
        statements, byLabel.getOrDefault(StanceScore.NEGATIVE, 0L), byLabel.getOrDefault(StanceScore.NEUTRAL, 0L),
        byLabel.getOrDefault(StanceScore.POSITIVE, 0L), shifts, pairs, lexicon.source(),
        roles.registryHash().substring(0, Math.min(12, roles.registryHash().length())), roles.size()));
  }

  /**
   * Warns when the run's sentences name two resolved actors but not one statement came out of them: the lexicon or
   * the registry no longer fits the text. Looked at only when there are no statements, so a normal run pays nothing.
   */
  private static void checkStatementsFound(StageContext context, long statements) {
    long sentences = 0;
    if (statements == 0) {
      sentences = context.input(Tables.ACTOR_MENTIONS).filter(col("actor_id").isNotNull())
          .groupBy("entry_key", "sentence_index").agg(countDistinct("actor_id").as("actors"))
          .filter(col("actors").geq(2)).count();
    }
    context.check(CheckResult.warning(StanceTables.STANCE_STATEMENTS.name(),
        "statements found where sentences name two actors", sentences,
        sentences > 0 ? List.of(String.format(Locale.ROOT, "%,d sentences name two or more resolved actors, and no"
            + " statement was extracted from any of them", sentences)) : List.of()));
  }
}
