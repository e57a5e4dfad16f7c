package org.liveblog.analytics.pipeline;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.liveblog.analytics.ingest.RejectReason;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stage.CheckResult;
import org.liveblog.analytics.stage.DeadLetter;
import org.liveblog.analytics.stage.Stage;
import org.liveblog.analytics.warehouse.PublishChecks;

/**
 * The dead-letter path: an entry whose processing threw, or that a row rule-breaking row belongs to, leaves every table
 * of the run and lands in rejected_entries as PROCESSING_ERROR, with a detail naming the stage, the exception or rule
 * and where; the run publishes everything else. Clean batches never pay for it: nothing here runs unless a stage
 * reported an entry or a row rule found a row. The run fails once the entries moved aside pass the allowed share of
 * its batch.
 */
final class Quarantine {

  private static final StructType LETTERS = new StructType()
      .add("entry_key", DataTypes.StringType, false).add("detail", DataTypes.StringType, false);

  /** The fields of an entry that a rejected row keeps as its raw record, as DUPLICATE_SUPERSEDED does. */
  private static final Column[] ENTRY_FIELDS = Stream.of("outlet", "blog_id", "entry_id", "published_at",
      "updated_at", "headline", "blog_title", "blog_url", "author", "is_key_event", "language", "body_format", "text")
      .map(org.apache.spark.sql.functions::col).toArray(Column[]::new);

  private final RunContext context;
  private final Set<TableSchema> readByStages = new LinkedHashSet<>();
  private final double maxShare;
  private final Set<String> moved = new HashSet<>();
  private long batch = -1;
  private String firstDetail;

  Quarantine(RunContext context, List<Stage> stages, double maxShare) {
    this.context = context;
    this.maxShare = maxShare;
    for (Stage stage : stages) {
      stage.reads().stream().filter(RunContext::isPerEntry).forEach(readByStages::add);
    }
  }

  long moved() {
    return moved.size();
  }

  /**
   * The row checks of a table just staged, which also count its rows. The entries behind rows that break a row rule
   * of a per-entry table are moved aside, and the rule is reported as a warning; every other failure stays an error.
   */
  List<CheckResult> rowChecks(TableSchema table) {
    PublishChecks.RowChecks checked = PublishChecks.rowChecks(table, context.input(table));
    context.counted(table, checked.rows());
    List<CheckResult> results = checked.results();
    if (!RunContext.isPerEntry(table) || table.rowRules().isEmpty()) {
      return results;
    }
    List<CheckResult> reported = new ArrayList<>();
    Column broken = lit(false);
    Column firstRule = lit(null).cast(DataTypes.StringType);
    for (int i = table.rowRules().size() - 1; i >= 0; i--) {
      TableSchema.RowRule rule = table.rowRules().get(i);
      broken = broken.or(PublishChecks.violates(rule));
      firstRule = when(PublishChecks.violates(rule), lit(rule.name())).otherwise(firstRule);
    }
    boolean anyBroken = false;
    for (CheckResult result : results) {
      boolean isRule = table.rowRules().stream().anyMatch(r -> r.name().equals(result.check()));
      if (isRule && !result.passed()) {
        anyBroken = true;
        reported.add(CheckResult.warning(table.name(), result.check() + " (entries moved to rejected_entries)",
            result.violations(), result.examples()));
      } else {
        reported.add(result);
      }
    }
    if (anyBroken) {
      Column[] where = table.key().stream().map(k -> col(k).cast("string")).toArray(Column[]::new);
      List<Row> rows = context.input(table).filter(broken)
          .select(col("entry_key"), firstRule.as("rule"), org.apache.spark.sql.functions.concat_ws(", ", where).as("at"))
          .dropDuplicates("entry_key").limit((int) Math.min(Integer.MAX_VALUE, allowed() + 1)).collectAsList();
      List<DeadLetter> letters = rows.stream().map(r -> new DeadLetter(r.getString(0), table.name(),
          "stage " + context.currentStageName() + ", row rule '" + r.getString(1) + "' of " + table.name() + " broken at ["
              + r.getString(2) + "]")).toList();
      move(letters, 0);
    }
    return reported;
  }

  /** Moves the entries of {@code letters} aside; {@code uncounted} more were reported beyond what was kept. */
  void move(List<DeadLetter> letters, long uncounted) {
    List<DeadLetter> fresh = letters.stream().filter(l -> !moved.contains(l.entryKey())).toList();
    if (fresh.isEmpty() && uncounted == 0) {
      return;
    }
    long allowed = allowed();
    fresh.forEach(l -> moved.add(l.entryKey()));
    if (moved.size() + uncounted > allowed) {
      CheckResult tooMany = CheckResult.error(Tables.ENTRIES.name(), String.format(Locale.ROOT,
          "entries that failed processing at most %,d (--max-failed-share %s of %,d)", allowed, maxShare, batch),
          moved.size() + uncounted, fresh.stream().limit(3).map(DeadLetter::detail).toList());
      context.check(tooMany);
      throw new PublishChecks.CheckFailedException(List.of(tooMany));
    }
    var spark = context.spark();
    Dataset<Row> keys = broadcast(spark.createDataFrame(
        fresh.stream().map(l -> RowFactory.create(l.entryKey(), l.detail())).toList(), LETTERS));
    Dataset<Row> failed = context.input(Tables.ENTRIES).join(keys, "entry_key")
        .withColumn("reason", lit(RejectReason.PROCESSING_ERROR.name()))
        .withColumn("raw_record", to_json(struct(ENTRY_FIELDS)))
        .withColumn(Tables.RUN_ID, lit(context.runId()));
    context.restage(Tables.REJECTED_ENTRIES, context.input(Tables.REJECTED_ENTRIES)
        .unionByName(Tables.REJECTED_ENTRIES.conform(failed)));
    Set<TableSchema> tables = new LinkedHashSet<>();
    tables.add(Tables.ENTRIES);
    context.stagedTables().stream().filter(RunContext::isPerEntry).forEach(tables::add);
    tables.addAll(readByStages);
    for (TableSchema table : tables) {
      context.restage(table, context.input(table).join(keys.select("entry_key"), new String[] {"entry_key"},
          "left_anti"));
    }
    if (!fresh.isEmpty()) {
      firstDetail = firstDetail == null ? fresh.get(0).detail() : firstDetail;
    }
  }

  /** What the first entry moved aside failed on, for the run summary. */
  String firstDetail() {
    return firstDetail;
  }

  /** The entries that may fail: the share of the run's batch, at least one. */
  private long allowed() {
    if (batch < 0) {
      batch = context.input(Tables.ENTRIES).count();
    }
    return Math.max(1, (long) Math.floor(maxShare * batch));
  }
}
