package org.liveblog.analytics.topics;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.liveblog.analytics.schema.InputColumns;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.schema.TopicTables;

/**
 * Rows of {@link TopicTables#TOPIC_TRENDS}: per day and week, how many entries carry each topic and what share of
 * the period's entries that is. Pure: no reads, writes or actions.
 */
public final class TopicTrends {

  private TopicTrends() {}

  public static Dataset<Row> trends(Dataset<Row> entryTopics, Dataset<Row> entries, String runId) {
    InputColumns.require(EntryTopics.STAGE, entryTopics, TopicTables.ENTRY_TOPICS, "entry_key", "method", "topic_id",
        "weight", "published_date");
    InputColumns.require(EntryTopics.STAGE, entries, Tables.ENTRIES, "entry_key", "published_date");
    Dataset<Row> counts = entryTopics
        .select(col("method"), col("topic_id"), col("weight"), Periods.explodePeriods(col("published_date"), false))
        .groupBy(col("period.granularity").as("granularity"), col("period.period_key").as("period_start"),
            col("method"), col("topic_id"))
        .agg(count(lit(1)).as("entries"), avg("weight").as("mean_weight"));
    Dataset<Row> totals = entries
        .select(Periods.explodePeriods(col("published_date"), false))
        .groupBy(col("period.granularity").as("granularity"), col("period.period_key").as("period_start"))
        .agg(count(lit(1)).as("period_entries"));
    return TopicTables.TOPIC_TRENDS.conform(counts
        .join(broadcast(totals), new String[] {"granularity", "period_start"})
        .withColumn("share_of_entries", col("entries").divide(col("period_entries")))
        .withColumn(Tables.RUN_ID, lit(runId)));
  }
}
