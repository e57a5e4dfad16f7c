package org.liveblog.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files of an input folder are read, in which format, and which are skipped and listed (no Spark needed). */
class InputFilesTest {

  private static final Configuration CONF = new Configuration();

  @Test
  void aGeneratedCorpusFolderIsReadWithoutItsManifest(@TempDir Path dir) throws IOException {
    touch(dir, "sample/entries/part-00000-c000.snappy.parquet", "sample/entries/part-00001-c000.snappy.parquet",
        "sample/entries/_SUCCESS", "sample/entries/.part-00000-c000.snappy.parquet.crc", "sample/manifest.json",
        "sample/.manifest.json.crc", "sample/README.md");

    InputFiles.Selection input = InputFiles.select(dir.resolve("sample").toString(), null, CONF);

    assertThat(input.format()).isEqualTo(InputFormat.PARQUET);
    assertThat(names(input.files())).containsExactly("part-00000-c000.snappy.parquet", "part-00001-c000.snappy.parquet");
    assertThat(input.skipped()).extracting(p -> p.getName()).containsExactly("README.md", "manifest.json");
    assertThat(input.skippedNote()).hasValueSatisfying(note -> assertThat(note)
        .startsWith("input: skipped 2 files that are not parquet input: ").contains("/sample/README.md")
        .endsWith("/sample/manifest.json"));
  }

  @Test
  void aJsonLinesCorpusFolderIsReadWithoutItsManifestThoughBothEndInJson(@TempDir Path dir) throws IOException {
    touch(dir, "sample/entries/part-00000.json.gz", "sample/entries/_SUCCESS", "sample/manifest.json");

    InputFiles.Selection input = InputFiles.select(dir.resolve("sample").toString(), null, CONF);

    assertThat(input.format()).isEqualTo(InputFormat.JSONL);
    assertThat(names(input.files())).containsExactly("part-00000.json.gz");
    assertThat(input.skipped()).extracting(p -> p.getName()).containsExactly("manifest.json");
  }

  @Test
  void guardianResponsesAreDetectedBesideAManifest(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("api"));
    Files.writeString(dir.resolve("api/item-1.json"), "{\"response\": {\"content\": {\"blocks\": {\"body\": []}}}}");
    Files.writeString(dir.resolve("api/manifest.json"), "{\"response\": {\"content\": {\"blocks\": {}}}}");

    InputFiles.Selection input = InputFiles.select(dir.resolve("api").toString(), null, CONF);

    assertThat(input.format()).isEqualTo(InputFormat.GUARDIAN);
    assertThat(names(input.files())).containsExactly("item-1.json");
  }

  @Test
  void aGivenFormatReadsItsExtensionsAndFilesWithoutOneAndSkipsTheRest(@TempDir Path dir) throws IOException {
    touch(dir, "in/a.csv", "in/b.csv.gz", "in/part-00000", "in/c.parquet", "in/notes.txt", "in/README");

    InputFiles.Selection input = InputFiles.select(dir.resolve("in").toString(), InputFormat.CSV, CONF);

    assertThat(names(input.files())).containsExactly("a.csv", "b.csv.gz", "part-00000");
    assertThat(input.skipped()).extracting(p -> p.getName()).containsExactly("README", "c.parquet", "notes.txt");
  }

  @Test
  void aFileNamedDirectlyIsReadWhateverItsName(@TempDir Path dir) throws IOException {
    touch(dir, "export.txt", "manifest.json");

    assertThat(names(InputFiles.select(dir.resolve("export.txt").toString(), InputFormat.JSONL, CONF).files()))
        .containsExactly("export.txt");
    assertThat(names(InputFiles.select(dir.resolve("manifest.json").toString(), null, CONF).files()))
        .containsExactly("manifest.json");
  }

  @Test
  void aGlobIsFilteredLikeAFolder(@TempDir Path dir) throws IOException {
    touch(dir, "in/a.jsonl", "in/_SUCCESS", "in/manifest.json", "in/b.ndjson");

    InputFiles.Selection input = InputFiles.select(dir.resolve("in").toString() + "/*", null, CONF);

    assertThat(input.format()).isEqualTo(InputFormat.JSONL);
    assertThat(names(input.files())).containsExactly("a.jsonl", "b.ndjson");
    assertThat(input.skipped()).extracting(p -> p.getName()).containsExactly("manifest.json");
  }

  @Test
  void foldersWithoutDataOrWithMixedOrUnknownFormatsFailNamingWhatTheyHold(@TempDir Path dir) throws IOException {
    touch(dir, "docs/manifest.json", "docs/README.md", "mixed/a.csv", "mixed/b.parquet", "mixed/c.parquet",
        "text/notes.txt", "csv/a.csv");

    assertThatThrownBy(() -> InputFiles.select(dir.resolve("docs").toString(), null, CONF))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageEndingWith("/docs holds no data files (only README.md, manifest.json)");
    assertThatThrownBy(() -> InputFiles.select(dir.resolve("mixed").toString(), null, CONF))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("are of several formats (2 parquet, 1 csv); pass --format");
    assertThatThrownBy(() -> InputFiles.select(dir.resolve("text").toString(), null, CONF))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Cannot tell the format").hasMessageContaining("notes.txt");
    assertThatThrownBy(() -> InputFiles.select(dir.resolve("csv").toString(), InputFormat.PARQUET, CONF))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageEndingWith("/csv holds no .parquet files (only a.csv)");
  }

  private static void touch(Path dir, String... files) throws IOException {
    for (String file : files) {
      Path path = dir.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, "x");
    }
  }

  private static List<String> names(List<FileStatus> files) {
    return files.stream().map(f -> f.getPath().getName()).toList();
  }
}
