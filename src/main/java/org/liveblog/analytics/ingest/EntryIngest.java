package org.liveblog.analytics.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.timestamp_micros;
import static org.apache.spark.sql.functions.to_date;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.liveblog.analytics.schema.Tables;

/**
 * The ingest stage: candidates in, the entries and rejected_entries tables out. Validation routes every broken
 * record to the rejected side with its reason; of several versions of one entry the one with the latest update wins
 * and the others are kept as DUPLICATE_SUPERSEDED, so that every record read lands in exactly one of the two tables.
 */
public final class EntryIngest {

  private EntryIngest() {}

  /** The two outputs of ingest, plus the validated records they are derived from (worth persisting). */
  public record Result(Dataset<Row> validated, Dataset<Row> entries, Dataset<Row> rejected) {}

  public static Dataset<Row> validate(Dataset<Row> candidates, ValidationRules rules) {
    return candidates.mapPartitions(new EntryValidator(rules), Encoders.row(EntryValidator.SCHEMA));
  }

  /** Splits validated records (from {@link #validate}) into entries and rejections; no action runs here. */
  public static Result split(Dataset<Row> validated, String runId) {
    Dataset<Row> valid = validated.filter(col("reason").isNull())
        .withColumn("entry_key", entryKey(col("outlet"), col("blog_id"), col("entry_id")));
    WindowSpec versions = Window.partitionBy("entry_key").orderBy(
        coalesce(col("updated_micros"), col("published_micros")).desc(), col("published_micros").desc(),
        col("source_file").desc(), col("record_index").desc());
    Dataset<Row> ranked = valid
        .withColumn("version_rank", row_number().over(versions))
        .withColumn("winner", first(concat(col("source_file"), lit(" "), col("record_index"))).over(versions))
        .withColumn(Tables.RUN_ID, lit(runId));

    Dataset<Row> entries = Tables.ENTRIES.conform(ranked.filter(col("version_rank").equalTo(1))
        .withColumn("published_at", timestamp_micros(col("published_micros")))
        .withColumn("updated_at", timestamp_micros(col("updated_micros")))
        .withColumn("published_date", to_date(col("published_at")))
        .withColumn("text_chars", length(col("text"))));

    Dataset<Row> superseded = ranked.filter(col("version_rank").gt(1))
        .withColumn("reason", lit(RejectReason.DUPLICATE_SUPERSEDED.name()))
        .withColumn("detail", concat(lit("an entry with the same outlet, blog_id and entry_id and a later update: "),
            col("winner")));
    Dataset<Row> invalid = validated.filter(col("reason").isNotNull()).withColumn(Tables.RUN_ID, lit(runId));
    Dataset<Row> rejected = Tables.REJECTED_ENTRIES.conform(invalid)
        .unionByName(Tables.REJECTED_ENTRIES.conform(superseded));
    return new Result(validated, entries, rejected);
  }

  /** Stable across runs and outlets: the first 128 bits of SHA-256 over the three ids. */
  public static Column entryKey(Column outlet, Column blogId, Column entryId) {
    return substring(sha2(concat_ws("\u001f", outlet, blogId, entryId), 256), 1, 32);
  }
}
