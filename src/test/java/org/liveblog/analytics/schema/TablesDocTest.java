package org.liveblog.analytics.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TablesDocTest {

  private static final Path DOC = Path.of("docs/TABLES.md");

  @Test
  void docsTablesMatchesTheSchemas() throws Exception {
    String rendered = TablesDoc.render();
    if (System.getenv("REGENERATE_DOCS") != null) {
      Files.writeString(DOC, rendered, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as("docs/TABLES.md is stale: run REGENERATE_DOCS=1 mvn test -Dtest=TablesDocTest")
        .isEqualTo(rendered);
  }

  @Test
  void everyTableHasAKeyOfItsOwnColumnsAndUniqueColumnNames() {
    for (TableSchema table : Tables.ALL) {
      Set<String> names = new HashSet<>(table.columnNames());
      assertThat(names).as(table.name() + " has duplicate column names").hasSize(table.columns().size());
      assertThat(names).as(table.name() + " key").containsAll(table.key());
      assertThat(table.columnNames()).as(table.name()).contains(Tables.RUN_ID);
      table.partitionColumn().ifPresent(p -> assertThat(names).contains(p));
      assertThat(table.grain()).isNotBlank();
    }
  }
}
