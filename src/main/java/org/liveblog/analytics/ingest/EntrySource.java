package org.liveblog.analytics.ingest;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** A reader for one input format: turns the input files into {@link Candidate} rows, one per record read. */
public interface EntrySource {

  /**
   * Candidates of every record in {@code files}. Fails (naming the file and the field) only for problems of a whole
   * file, such as a Parquet schema without a required column; problems of single records become candidates with a
   * parse reason.
   */
  Dataset<Row> candidates(SparkSession spark, List<Path> files, ColumnMapping mapping) throws IOException;

  static EntrySource of(InputFormat format) {
    return switch (format) {
      case PARQUET -> new ParquetSource();
      case JSONL -> new JsonLinesSource();
      case CSV -> new CsvSource();
      case GUARDIAN -> new GuardianApiSource();
    };
  }
}
