package org.liveblog.analytics.actors;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.actors.counting.MentionCounts;
import org.liveblog.analytics.actors.matching.ActorLexicon;
import org.liveblog.analytics.actors.matching.MetonymModel;
import org.liveblog.analytics.actors.registry.Actor;
import org.liveblog.analytics.actors.registry.ActorRegistry;
import org.liveblog.analytics.actors.registry.InvalidRegistryException;
import org.liveblog.analytics.actors.registry.SurfaceForm;
import org.liveblog.analytics.actors.registry.importer.ImportCommand;
import org.liveblog.analytics.schema.RowBuilder;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stage.CheckResult;
import org.liveblog.analytics.stage.OptionTypes;
import org.liveblog.analytics.stage.Stage;
import org.liveblog.analytics.stage.StageContext;
import picocli.CommandLine.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The actors stage: the registry as used, every mention of its actors in the run's sentences, the name-like phrases it
 * missed, and the mention counts over the whole corpus as it will be once the run publishes. Its options choose the
 * registry and how sure a metonym must be; both are in {@code runs.versions}, and a backfill refuses others than the
 * published tables were made with.
 */
public final class ActorsStage implements Stage {

  public static final String NAME = "actors";

  /** Above this share of unresolved mentions the run warns: the registry or its context rules no longer fit. */
  static final double UNRESOLVED_WARNING_SHARE = 0.25;

  @Option(names = "--registry", paramLabel = "FILE",
      description = "Actor registry file (docs/REGISTRY.md; local, hdfs:// or s3a://); default: the registry shipped"
          + " in the jar.")
  String registryPath;

  @Option(names = "--metonym-threshold", paramLabel = "P", converter = OptionTypes.Probability.class,
      description = "Probability, between 0 and 1, at or above which a metonym ('Moscow', 'the Kremlin') counts as its"
          + " government rather than a place; default: the shipped model's own (0.50, the cross-validated F1"
          + " optimum). Higher trades recall for precision (docs/EVALUATION.md).")
  Double metonymThreshold;

  private ActorRegistry registry;
  private MetonymModel metonymModel;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<TableSchema> reads() {
    return List.of(Tables.SENTENCES, Tables.ENTRIES);
  }

  @Override
  public List<TableSchema> writes() {
    return List.of(Tables.ACTORS, Tables.ACTOR_MENTIONS, Tables.ACTOR_CANDIDATES, Tables.ACTOR_MENTION_COUNTS);
  }

  /** Loads the registry (any Hadoop file system) and the metonym model; a bad registry fails naming file and line. */
  @Override
  public void prepare(SparkSession spark) {
    registry = loadRegistry(registryPath, spark.sparkContext().hadoopConfiguration());
    metonymModel = metonymThreshold == null ? MetonymModel.defaultModel()
        : MetonymModel.defaultModel().withThreshold(metonymThreshold);
  }

  static ActorRegistry loadRegistry(String path, Configuration hadoop) {
    if (path == null) {
      return ActorRegistry.defaultRegistry();
    }
    Path file = new Path(path);
    try (InputStream in = file.getFileSystem(hadoop).open(file)) {
      return ActorRegistry.load(in, path);
    } catch (IOException e) {
      throw new InvalidRegistryException("registry: cannot read " + path + ": " + e.getMessage());
    }
  }

  @Override
  public Map<String, String> versions() {
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("registry", registry.contentHash());
    versions.put("metonym_model", metonymModel.contentHash());
    versions.put("metonym_threshold", String.format(Locale.ROOT, "%.4f", metonymModel.threshold()));
    return versions;
  }

  @Override
  public String republishCommand(String warehouse) {
    return "liveblog actors --warehouse " + warehouse + (registryPath == null ? "" : " --registry " + registryPath)
        + (metonymThreshold == null ? "" : " --metonym-threshold " + metonymThreshold);
  }

  @Override
  public List<Object> commands() {
    return List.of(new ImportCommand());
  }

  @Override
  public void run(StageContext context) {
    SparkSession spark = context.spark();
    Broadcast<ActorLexicon> lexicon = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(ActorLexicon.of(registry, metonymModel));
    try {
      Dataset<Row> sentences = context.input(Tables.SENTENCES);
      context.step("mentions", () -> {
        context.stage(Tables.ACTORS, registryRows(spark, registry, context.runId()));
        context.stage(Tables.ACTOR_MENTIONS,
            ActorMentions.mentions(sentences, lexicon, context.deadLetters(), context.runId()));
      });
      context.step("candidates", () -> context.stage(Tables.ACTOR_CANDIDATES,
          ActorCandidates.candidates(context.input(Tables.SENTENCES), lexicon, context.deadLetters(),
              context.runId())));
      context.step("counts", () -> context.stage(Tables.ACTOR_MENTION_COUNTS,
          MentionCounts.compute(context.current(Tables.ACTOR_MENTIONS), context.current(Tables.ENTRIES),
              context.runId())));
    } finally {
      lexicon.destroy();
    }
    Dataset<Row> mentions = context.input(Tables.ACTOR_MENTIONS);
    long unresolved = mentions.filter(col("actor_id").isNull()).count();
    long total = mentions.count();
    boolean tooMany = total > 0 && unresolved > UNRESOLVED_WARNING_SHARE * total;
    context.check(CheckResult.warning(Tables.ACTOR_MENTIONS.name(),
        String.format(Locale.ROOT, "at most %.0f%% of mentions unresolved", 100 * UNRESOLVED_WARNING_SHARE),
        tooMany ? unresolved : 0, tooMany ? List.of(String.format(Locale.ROOT, "%,d of %,d mentions (%.1f%%) are"
            + " ambiguous or have no role holder", unresolved, total, 100.0 * unresolved / total)) : List.of()));
    context.note(String.format(Locale.ROOT,
        "actor mentions: %,d resolved + %,d unresolved (ambiguous, kept with their candidates); registry %s (%,d actors)",
        total - unresolved, unresolved, registry.source(), registry.size()));
  }

  private static final int ACTOR_ID = Tables.ACTORS.index("actor_id");
  private static final int NAME_COLUMN = Tables.ACTORS.index("name");
  private static final int TYPE = Tables.ACTORS.index("type");
  private static final int COUNTRY = Tables.ACTORS.index("country");
  private static final int PARENT = Tables.ACTORS.index("parent");
  private static final int ALIASES = Tables.ACTORS.index("aliases");
  private static final int DEMONYMS = Tables.ACTORS.index("demonyms");
  private static final int METONYMS = Tables.ACTORS.index("metonyms");
  private static final int ROLES = Tables.ACTORS.index("roles");
  private static final int REGISTRY_HASH = Tables.ACTORS.index("registry_hash");
  private static final int REGISTRY_SOURCE = Tables.ACTORS.index("registry_source");
  private static final int RUN_ID = Tables.ACTORS.index(Tables.RUN_ID);
  private static final int ROLE_ROLE = Tables.ROLE_TYPE.fieldIndex("role");
  private static final int ROLE_OF = Tables.ROLE_TYPE.fieldIndex("of");
  private static final int ROLE_FROM = Tables.ROLE_TYPE.fieldIndex("from");
  private static final int ROLE_TO = Tables.ROLE_TYPE.fieldIndex("to");

  /** Rows of {@link Tables#ACTORS}: the registry as used (a few thousand rows, built on the driver). */
  public static Dataset<Row> registryRows(SparkSession spark, ActorRegistry registry, String runId) {
    List<Row> rows = new ArrayList<>(registry.size());
    RowBuilder builder = RowBuilder.of(Tables.ACTORS);
    for (Actor actor : registry.actors()) {
      List<Row> roles = actor.roles().stream()
          .map(r -> RowBuilder.of(Tables.ROLE_TYPE).set(ROLE_ROLE, r.role()).set(ROLE_OF, r.of())
              .set(ROLE_FROM, Date.valueOf(r.from())).set(ROLE_TO, r.to() == null ? null : Date.valueOf(r.to()))
              .build())
          .toList();
      rows.add(builder
          .set(ACTOR_ID, actor.actorId())
          .set(NAME_COLUMN, actor.name())
          .set(TYPE, actor.type().jsonValue())
          .set(COUNTRY, actor.country())
          .set(PARENT, actor.parent())
          .set(ALIASES, texts(actor.aliases()))
          .set(DEMONYMS, texts(actor.demonyms()))
          .set(METONYMS, texts(actor.metonyms()))
          .set(ROLES, CollectionConverters.asScala(roles).toSeq())
          .set(REGISTRY_HASH, registry.contentHash())
          .set(REGISTRY_SOURCE, registry.source())
          .set(RUN_ID, runId)
          .build());
    }
    return spark.createDataFrame(rows, Tables.ACTORS.sparkType());
  }

  private static scala.collection.immutable.Seq<String> texts(List<SurfaceForm> forms) {
    return CollectionConverters.asScala(forms.stream().map(SurfaceForm::text).toList()).toSeq();
  }
}
