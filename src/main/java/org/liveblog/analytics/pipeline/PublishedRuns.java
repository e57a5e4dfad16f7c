package org.liveblog.analytics.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stage.PublishedState;
import org.liveblog.analytics.warehouse.Warehouse;

/** The published warehouse as a stage's guard sees it: which tables exist, and what the runs table recorded. */
final class PublishedRuns implements PublishedState {

  private final Warehouse warehouse;

  PublishedRuns(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  @Override
  public String root() {
    return warehouse.root().toString();
  }

  @Override
  public boolean exists(TableSchema table) {
    return warehouse.exists(table);
  }

  /** A small query of the runs table: one row of the newest successful run that recorded the key. */
  @Override
  public Optional<RecordedVersion> lastRecorded(String key) {
    if (!warehouse.exists(Tables.RUNS)) {
      return Optional.empty();
    }
    List<Row> last = warehouse.read(Tables.RUNS)
        .filter(col("status").equalTo("succeeded").and(element_at(col("versions"), key).isNotNull()))
        .orderBy(col("ended_at").desc())
        .select(element_at(col("versions"), key), col("run_id"))
        .limit(1).collectAsList();
    return last.isEmpty() ? Optional.empty()
        : Optional.of(new RecordedVersion(last.get(0).getString(0), last.get(0).getString(1)));
  }
}
