package org.liveblog.analytics.stage;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.schema.TableSchema;

/**
 * One step of the pipeline (ingest, sentences, actors, stance, topics): the tables it reads and writes, what shapes its
 * results, and the work. A run executes an ordered list of stages inside one lock and one publish; each stage stages
 * its tables through the {@link StageContext} and reads earlier stages' tables (or the published ones) through it, so
 * that a stage never touches storage itself. Adding an analysis is one implementation and one entry in the list.
 */
public interface Stage {

  /** Short name: the job group of its Spark jobs, its key in the timings, the name of its command. */
  String name();

  /** Tables it reads: staged by an earlier stage of the same run, or else published (they must exist). */
  List<TableSchema> reads();

  /** Tables it stages; the run publishes them together with every other stage's. */
  List<TableSchema> writes();

  /**
   * Loads and checks what the stage needs before any work and before the warehouse is locked (a registry, lexicons, a
   * model), so that a bad file fails fast, naming it.
   */
  default void prepare(SparkSession spark) {}

  /**
   * Content hashes or versions of everything that shapes the stage's results (registry, lexicons, models, thresholds),
   * recorded in {@code runs.versions}; valid after {@link #prepare}.
   */
  Map<String, String> versions();

  /**
   * The versions a backfill or incremental run must share with the published tables ({@link #guard}): by default all
   * of {@link #versions}. A stage may leave out the settings that shape only its undated tables, which every run
   * recomputes whole, so that no published row made otherwise survives the run.
   */
  default Map<String, String> guardedVersions() {
    return versions();
  }

  /**
   * The command that republishes every date of this stage's tables with this stage's settings, for the message of a
   * refused backfill.
   */
  String republishCommand(String warehouse);

  /**
   * For a run that republishes only some dates: refuses (with an {@link InvalidConfigException}) when the published
   * tables were made otherwise, since the dates it keeps and the dates it replaces would disagree. By default every
   * guarded version must equal the one the newest successful run that recorded it recorded, and the stage's dated
   * tables must exist when the warehouse has entries.
   */
  default void guard(PublishedState published) {
    VersionGuard.require(this, published);
  }

  void run(StageContext context);

  /**
   * Commands of the stage's own that need no run (e.g. importing dictionaries, training a model): picocli command
   * objects, offered under the stage's command.
   */
  default List<Object> commands() {
    return List.of();
  }
}
