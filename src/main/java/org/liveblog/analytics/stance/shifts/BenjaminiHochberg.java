package org.liveblog.analytics.stance.shifts;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Benjamini-Hochberg adjusted p-values (q-values) over each family of a table of tests, as window functions: with
 * a family's m p-values sorted ascending, {@code q_(i) = min over j >= i of min(1, m p_(j) / j)}; rejecting the tests
 * with q <= α controls the false discovery rate at α (for independent or positively dependent tests). A family's
 * tests meet in one partition: meant for small tables (one row per pair tested), never for statements.
 */
public final class BenjaminiHochberg {

  private BenjaminiHochberg() {}

  /**
   * {@code tests} with {@code qColumn} (the adjusted p-value of {@code pColumn} within its family) and
   * {@code "tests"} (m, the family's size). A family is a value of the {@code family} columns (none: one family).
   * Ties in p are ordered by the {@code tieBreak} columns so the ranks are deterministic; tied p-values get equal
   * q-values anyway.
   */
  public static Dataset<Row> adjust(Dataset<Row> tests, String pColumn, String qColumn, List<String> family,
      String... tieBreak) {
    List<Column> ascending = new ArrayList<>();
    List<Column> descending = new ArrayList<>();
    ascending.add(col(pColumn).asc());
    descending.add(col(pColumn).desc());
    for (String c : tieBreak) {
      ascending.add(col(c).asc());
      descending.add(col(c).desc());
    }
    Column[] families = family.stream().map(c -> col(c)).toArray(Column[]::new);
    WindowSpec all = Window.partitionBy(families);
    WindowSpec byP = Window.partitionBy(families).orderBy(ascending.toArray(Column[]::new));
    WindowSpec fromTheTop = Window.partitionBy(families).orderBy(descending.toArray(Column[]::new))
        .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
    return tests
        .withColumn("tests", count(lit(1)).over(all))
        .withColumn("bh_rank", row_number().over(byP))
        .withColumn("bh_raw", least(lit(1.0), col(pColumn).multiply(col("tests")).divide(col("bh_rank"))))
        .withColumn(qColumn, min(col("bh_raw")).over(fromTheTop))
        .drop("bh_rank", "bh_raw");
  }
}
