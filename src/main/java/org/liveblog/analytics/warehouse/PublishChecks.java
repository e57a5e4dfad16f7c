package org.liveblog.analytics.warehouse;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.stage.CheckResult;

/**
 * The checks every table passes before it is published: its key is not null and unique, every row meets the table's
 * row rules, and every reference points at a row of the referenced table. Key nulls and row rules share one scan per
 * table (Deequ-style: each check is an aggregate column) and run as the table is staged, so that a stage can move the
 * entries behind rule-breaking rows aside before the next stage reads them; uniqueness and references need one grouping
 * or join each and run once every table is staged, all of them in one query.
 */
public final class PublishChecks {

  private static final int EXAMPLES = 5;

  private PublishChecks() {}

  /** Every check on the staged tables, which must include every table they reference. */
  public static List<CheckResult> run(Map<TableSchema, Dataset<Row>> staged) {
    return run(staged, name -> {
      throw new IllegalStateException("A staged table references " + name + ", which this run did not stage");
    });
  }

  /** Every check: the row checks of each table, then the table checks. */
  public static List<CheckResult> run(Map<TableSchema, Dataset<Row>> staged,
      Function<String, Dataset<Row>> published) {
    List<CheckResult> results = new ArrayList<>();
    staged.forEach((table, rows) -> results.addAll(rowChecks(table, rows).results()));
    results.addAll(tableChecks(staged, published));
    return results;
  }

  /** Key not null and the row rules, in one scan of the table that also counts its rows. */
  public static RowChecks rowChecks(TableSchema table, Dataset<Row> rows) {
    List<String> names = new ArrayList<>();
    List<Column> violations = new ArrayList<>();
    Column keyNull = lit(false);
    for (String key : table.key()) {
      keyNull = keyNull.or(col(key).isNull());
    }
    names.add("key " + table.key() + " is not null");
    violations.add(keyNull);
    for (TableSchema.RowRule rule : table.rowRules()) {
      names.add(rule.name());
      violations.add(violates(rule));
    }
    Column[] sums = violations.stream().map(v -> sum(when(v, 1L).otherwise(0L))).toArray(Column[]::new);
    Row counts = rows.agg(count(lit(1)), sums).first();
    List<CheckResult> results = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      long n = counts.isNullAt(i + 1) ? 0 : counts.getLong(i + 1);
      results.add(CheckResult.error(table.name(), names.get(i), n,
          n == 0 ? List.of() : examples(rows.filter(violations.get(i)))));
    }
    return new RowChecks(counts.getLong(0), results);
  }

  /** The row checks of one table, and its rows, counted in the same scan. */
  public record RowChecks(long rows, List<CheckResult> results) {}

  /** A rule whose expression is null (e.g. over a null column) counts as violated, not as passed. */
  public static Column violates(TableSchema.RowRule rule) {
    return not(expr(rule.condition())).or(expr(rule.condition()).isNull());
  }

  /**
   * Key uniqueness of every staged table and its references (to staged tables, or else published ones). Every check's
   * count comes out of one query, whose branches Spark runs side by side: on small days a run's fixed cost is mostly
   * jobs one after another, not data. Examples are fetched only for the checks that fail.
   */
  public static List<CheckResult> tableChecks(Map<TableSchema, Dataset<Row>> staged,
      Function<String, Dataset<Row>> published) {
    List<TableCheck> checks = new ArrayList<>();
    staged.forEach((table, rows) -> {
      checks.add(uniqueness(table, rows));
      for (TableSchema.Reference reference : table.references()) {
        checks.add(reference(table, rows, reference, staged, published));
      }
    });
    if (checks.isEmpty()) {
      return List.of();
    }
    Dataset<Row> counts = null;
    for (int i = 0; i < checks.size(); i++) {
      Dataset<Row> one = checks.get(i).violating().agg(checks.get(i).violations().cast("long").as("n"))
          .select(lit(i).as("check"), col("n"));
      counts = counts == null ? one : counts.union(one);
    }
    long[] violations = new long[checks.size()];
    for (Row row : counts.collectAsList()) {
      violations[row.getInt(0)] = row.isNullAt(1) ? 0 : row.getLong(1);
    }
    List<CheckResult> results = new ArrayList<>();
    for (int i = 0; i < checks.size(); i++) {
      TableCheck check = checks.get(i);
      long n = violations[i];
      results.add(CheckResult.error(check.table(), check.name(), n,
          n == 0 ? List.of() : examples(check.violating())));
    }
    return results;
  }

  /** A check over a whole table: the rows that show its violations, and how many violations they make. */
  private record TableCheck(String table, String name, Dataset<Row> violating, Column violations) {}

  private static TableCheck uniqueness(TableSchema table, Dataset<Row> rows) {
    Column[] key = table.key().stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    Dataset<Row> repeated = rows.groupBy(key).count().filter(col("count").gt(1));
    return new TableCheck(table.name(), "key " + table.key() + " is unique", repeated,
        sum(col("count").minus(1)));
  }

  /** A null value references nothing and passes. */
  private static TableCheck reference(TableSchema table, Dataset<Row> rows, TableSchema.Reference reference,
      Map<TableSchema, Dataset<Row>> staged, Function<String, Dataset<Row>> published) {
    String check = reference.column() + " references " + reference.table() + "." + reference.targetColumn();
    Dataset<Row> target = staged.entrySet().stream()
        .filter(e -> e.getKey().name().equals(reference.table()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseGet(() -> published.apply(reference.table()));
    Dataset<Row> keys = target.select(col(reference.targetColumn()).as("_target")).distinct();
    Dataset<Row> dangling = rows.filter(col(reference.column()).isNotNull())
        .join(keys, col(reference.column()).equalTo(col("_target")), "left_anti");
    return new TableCheck(table.name(), check, dangling, count(lit(1)));
  }

  static List<String> examples(Dataset<Row> violating) {
    return violating.limit(EXAMPLES).collectAsList().stream().map(PublishChecks::shorten).toList();
  }

  private static String shorten(Row row) {
    String text = row.toString();
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  /** Thrown when a check fails: the run publishes nothing. */
  public static final class CheckFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CheckFailedException(List<CheckResult> failed) {
      super("Checks failed, nothing was published: " + failed);
    }
  }

  /** Fails when any error-level check failed, naming each failing table, check and example rows. */
  public static void requireAllPassed(List<CheckResult> results) {
    List<CheckResult> failed = results.stream().filter(CheckResult::blocks).toList();
    if (!failed.isEmpty()) {
      throw new CheckFailedException(failed);
    }
  }
}
