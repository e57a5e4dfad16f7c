package org.liveblog.analytics.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.stage.CheckResult;
import org.liveblog.analytics.warehouse.PublishChecks;

/** Runs the publish checks (key, row rules, references) of the topics tables on computed rows. */
public final class TopicChecks {

  private TopicChecks() {}

  /** Every check of {@code staged} passes; references to tables not staged resolve in {@code others} by name. */
  public static void assertPass(Map<TableSchema, Dataset<Row>> staged, Map<String, Dataset<Row>> others) {
    List<CheckResult> results = PublishChecks.run(staged, name -> {
      Dataset<Row> table = others.get(name);
      if (table == null) {
        throw new IllegalStateException("no table " + name + " for a reference");
      }
      return table;
    });
    assertThat(results).isNotEmpty();
    assertThat(results.stream().filter(r -> r.violations() != 0).toList()).as("failed publish checks").isEmpty();
  }
}
