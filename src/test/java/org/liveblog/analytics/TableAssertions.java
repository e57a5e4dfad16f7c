package org.liveblog.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.liveblog.analytics.schema.Tables;

/** Comparisons of whole tables, naming the rows that differ. */
public final class TableAssertions {

  private TableAssertions() {}

  /** Equal as multisets of rows, ignoring run_id (which names the run that wrote each row) and column order. */
  public static void assertSameRows(String table, Dataset<Row> actual, Dataset<Row> expected) {
    Dataset<Row> e = expected.drop(Tables.RUN_ID);
    Dataset<Row> a = actual.drop(Tables.RUN_ID).selectExpr(e.columns());
    assertThat(e.exceptAll(a).collectAsList()).as(table + ": rows missing").isEmpty();
    assertThat(a.exceptAll(e).collectAsList()).as(table + ": rows not expected").isEmpty();
  }
}
