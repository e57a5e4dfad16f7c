package org.liveblog.analytics.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.timestamp_micros;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.unix_micros;

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

  /**
   * Splits validated records (from {@link #validate}, possibly with published entries brought back by
   * {@link #asValidated}) into entries and rejections; no action runs here.
   */
  public static Result split(Dataset<Row> validated, String runId) {
    Dataset<Row> valid = validated.filter(col("reason").isNull())
        .withColumn("entry_key", entryKey(col("outlet"), col("blog_id"), col("entry_id")));
    WindowSpec versions = Window.partitionBy("entry_key").orderBy(
        coalesce(col("updated_micros"), col("published_micros")).desc(), col("published_micros").desc(),
        col("source_file").desc(), col("record_kind").desc(), col("record_index").desc());
    Dataset<Row> ranked = valid
        .withColumn("version_rank", row_number().over(versions))
        .withColumn("published_at", timestamp_micros(col("published_micros")))
        .withColumn("updated_at", timestamp_micros(col("updated_micros")))
        .withColumn("published_date", to_date(col("published_at")))
        .withColumn("text_chars", length(col("text")))
        .withColumn(Tables.RUN_ID, lit(runId));

    Dataset<Row> entries = Tables.ENTRIES.conform(ranked.filter(col("version_rank").equalTo(1)));

    // The superseded version is kept as it was valid, not as its raw bytes, so that an incremental run, which
    // brings published entries back instead of re-reading their files, files it exactly as a full run does.
    Dataset<Row> superseded = ranked.filter(col("version_rank").gt(1))
        .withColumn("reason", lit(RejectReason.DUPLICATE_SUPERSEDED.name()))
        .withColumn("detail", lit("a version of this entry (same outlet, blog_id and entry_id) with a later update"
            + " is in entries"))
        .withColumn(Candidate.RAW_RECORD, to_json(struct(SUPERSEDED_FIELDS)));
    Dataset<Row> invalid = validated.filter(col("reason").isNotNull())
        .withColumn("published_date", to_date(timestamp_micros(col("published_micros"))))
        .withColumn(Tables.RUN_ID, lit(runId));
    Dataset<Row> rejected = Tables.REJECTED_ENTRIES.conform(invalid)
        .unionByName(Tables.REJECTED_ENTRIES.conform(superseded));
    return new Result(validated, entries, rejected);
  }

  private static final Column[] SUPERSEDED_FIELDS = java.util.stream.Stream.of("outlet", "blog_id", "entry_id",
      "published_at", "updated_at", "headline", "blog_title", "blog_url", "author", "is_key_event", "language",
      "body_format", "text").map(org.apache.spark.sql.functions::col).toArray(Column[]::new);

  /** Published entries in the shape of validated records, so that new versions can be ranked against them. */
  public static Dataset<Row> asValidated(Dataset<Row> entries) {
    Column[] columns = java.util.Arrays.stream(EntryValidator.SCHEMA.fields())
        .map(f -> switch (f.name()) {
          case Candidate.RAW_RECORD, "reason", "detail" -> lit(null).cast(f.dataType()).as(f.name());
          case "published_micros" -> unix_micros(col("published_at")).as(f.name());
          case "updated_micros" -> unix_micros(col("updated_at")).as(f.name());
          default -> col(f.name());
        })
        .toArray(Column[]::new);
    return entries.select(columns);
  }

  /** Stable across runs and outlets: the first 128 bits of SHA-256 over the three ids. */
  public static Column entryKey(Column outlet, Column blogId, Column entryId) {
    return substring(sha2(concat_ws("\u001f", outlet, blogId, entryId), 256), 1, 32);
  }
}
