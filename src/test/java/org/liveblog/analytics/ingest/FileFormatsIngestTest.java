package org.liveblog.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Timestamp;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liveblog.analytics.SparkSessionExtension;

/** CSV, Guardian Content API JSON and Parquet readers, and the whole-file failures. */
@ExtendWith(SparkSessionExtension.class)
class FileFormatsIngestTest {

  @Test
  void csvWithQuotedMultiLineBodiesAndABrokenRow(SparkSession spark, @TempDir Path dir) throws Exception {
    Path file = IngestFixtures.writeLines(dir, "entries.csv",
        "outlet,blog_id,entry_id,published_at,body,is_key_event",
        "ledger,b1,e1,2024-02-01 08:00:00,\"First paragraph, with a comma.",
        "Second paragraph with \"\"quotes\"\".\",true",
        "ledger,b1,e2,2024-02-01T09:00:00Z,Plain body,false",
        "ledger,b1,e3,2024-02-01T09:00:00Z,Too,many,fields,here",
        "ledger,b1,e4,,No date,false",
        IngestFixtures.invalidUtf8("ledger,b1,e5,2024-02-01T09:00:00Z,caf", ",false"),
        "ledger,b1,e6,2024-02-01T09:00:00Z,Body,perhaps");

    EntryIngest.Result result = IngestFixtures.ingest(spark, new CsvSource(), List.of(file), ColumnMapping.identity());

    List<Row> entries = result.entries().orderBy("entry_id").collectAsList();
    assertThat(entries).extracting(r -> r.getAs("entry_id")).containsExactly("e1", "e2");
    assertThat((String) entries.get(0).getAs("text"))
        .isEqualTo("First paragraph, with a comma.\n\nSecond paragraph with \"quotes\".");
    assertThat((Boolean) entries.get(0).getAs("is_key_event")).isTrue();
    assertThat(IngestFixtures.reasons(result)).containsExactly(entry("e3", "INVALID_CSV_ROW"),
        entry("e4", "MISSING_FIELD"), entry("e5", "INVALID_UTF8"), entry("e6", "WRONG_TYPE"));
    assertThat(IngestFixtures.read(result)).isEqualTo(6);
    // Data rows from 0, the header not counted; a body over two lines is one row.
    assertThat(IngestFixtures.positions(result)).containsExactly(entry("e1", "row 0"), entry("e2", "row 1"),
        entry("e3", "row 2"), entry("e4", "row 3"), entry("e5", "row 4"), entry("e6", "row 5"));
  }

  @Test
  void guardianContentApiItem(SparkSession spark) throws Exception {
    Path fixtures = Paths.get("src/test/resources/fixtures/guardian");
    EntryIngest.Result result = IngestFixtures.ingest(spark, new GuardianApiSource(),
        List.of(fixtures.resolve("liveblog-item.json"), fixtures.resolve("broken-item.json")),
        ColumnMapping.identity());

    List<Row> entries = result.entries().orderBy("published_at").collectAsList();
    assertThat(entries).hasSize(2);
    Row first = entries.get(0);
    assertThat((String) first.getAs("outlet")).isEqualTo("guardian");
    assertThat((String) first.getAs("blog_id")).isEqualTo("world/live/2025/mar/03/example-conflict-live");
    assertThat((String) first.getAs("entry_id")).isEqualTo("65e41a0c8f08a1e3c1b0f001");
    assertThat((String) first.getAs("text")).isEqualTo("The talks in Geneva opened late on Monday morning.\n\n"
        + "A spokesperson for the host government said:\n\nWe expect both delegations to stay until Wednesday.");
    assertThat((Boolean) first.getAs("is_key_event")).isTrue();
    assertThat((String) first.getAs("headline")).isEqualTo("Talks open in Geneva");
    assertThat((String) first.getAs("author")).isEqualTo("Ada Example");
    assertThat((Timestamp) first.getAs("updated_at")).isEqualTo(Timestamp.valueOf("2025-03-03 10:15:00"));
    Row second = entries.get(1);
    assertThat((String) second.getAs("body_format")).isEqualTo("text");
    assertThat((String) second.getAs("text")).startsWith("Reuters reports");
    assertThat((Boolean) second.getAs("is_key_event")).isFalse();
    assertThat(IngestFixtures.reasons(result)).containsExactly(
        entry("65e41a0c8f08a1e3c1b0f003", "MISSING_FIELD"), entry("document 0", "INVALID_JSON"));
    assertThat(IngestFixtures.positions(result)).containsExactly(entry("65e41a0c8f08a1e3c1b0f001", "block 0"),
        entry("65e41a0c8f08a1e3c1b0f002", "block 1"), entry("65e41a0c8f08a1e3c1b0f003", "block 2"));
  }

  @Test
  void parquetInTheContractLayout(SparkSession spark, @TempDir Path dir) throws Exception {
    Dataset<Row> rows = spark.createDataFrame(List.of(
        contractRow("e1", Timestamp.valueOf("2024-03-01 10:00:00"), "Body one."),
        contractRow("e2", Timestamp.valueOf("2024-03-01 11:00:00"), "  "),
        contractRow("e3", Timestamp.valueOf("1980-03-01 11:00:00"), "Too early.")), InputContract.nativeSchema());
    rows.coalesce(1).write().parquet(dir.resolve("in").toString());
    InputFiles.Selection input = InputFiles.select(dir.resolve("in").toString(), null,
        spark.sparkContext().hadoopConfiguration());
    assertThat(input.format()).isEqualTo(InputFormat.PARQUET);
    List<FileStatus> files = input.files();

    EntryIngest.Result result = IngestFixtures.ingest(spark, new ParquetSource(),
        files.stream().map(f -> Paths.get(f.getPath().toUri())).toList(), ColumnMapping.identity());

    assertThat(result.entries().collectAsList()).extracting(r -> r.getAs("entry_id")).containsExactly("e1");
    assertThat(IngestFixtures.reasons(result))
        .containsExactly(entry("e2", "MISSING_FIELD"), entry("e3", "TIMESTAMP_OUT_OF_RANGE"));
    assertThat(IngestFixtures.positions(result))
        .containsExactly(entry("e1", "row 0"), entry("e2", "row 1"), entry("e3", "row 2"));
    assertThat(result.rejected().collectAsList()).allSatisfy(r ->
        assertThat((String) r.getAs("raw_record")).contains("\"outlet\":\"ledger\""));
  }

  @Test
  void parquetWithoutARequiredColumnFailsNamingFileAndColumn(SparkSession spark, @TempDir Path dir) {
    spark.createDataFrame(List.of(contractRow("e1", Timestamp.valueOf("2024-03-01 10:00:00"), "Body.")),
            InputContract.nativeSchema())
        .drop("body").coalesce(1).write().parquet(dir.resolve("in").toString());
    List<Path> files = listParquet(dir.resolve("in"));

    assertThatThrownBy(() -> IngestFixtures.ingest(spark, new ParquetSource(), files, ColumnMapping.identity()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(files.get(0).getFileName().toString())
        .hasMessageContaining("does not include column body");
  }

  @Test
  void aFileThatIsNotParquetFailsNamingIt(SparkSession spark, @TempDir Path dir) throws Exception {
    Path bogus = Files.writeString(dir.resolve("part-0.parquet"), "this is not parquet");
    assertThatThrownBy(() -> IngestFixtures.ingest(spark, new ParquetSource(), List.of(bogus), ColumnMapping.identity()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Cannot read Parquet file")
        .hasMessageContaining("part-0.parquet");
  }

  @Test
  void aMissingPathFailsBeforeAnyWork(SparkSession spark, @TempDir Path dir) {
    assertThatThrownBy(() -> InputFiles.select(dir.resolve("nope").toString(), null,
            spark.sparkContext().hadoopConfiguration()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("nope")
        .hasMessageContaining("does not exist");
  }

  private static Row contractRow(String entryId, Timestamp published, String body) {
    return RowFactory.create("ledger", "b1", entryId, published, body, "text", null, null, null, null, null, false, "en");
  }

  private static List<Path> listParquet(Path dir) {
    try (var files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".parquet")).toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
