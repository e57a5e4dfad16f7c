package org.liveblog.analytics.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.schema.ColumnDef;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.stage.CheckResult;

@ExtendWith(SparkSessionExtension.class)
class PublishChecksTest {

  private static final TableSchema PARENT = new TableSchema("parents", "one row per parent", List.of("id"),
      java.util.Optional.empty(), List.of(new ColumnDef("id", DataTypes.StringType, true, "key")));
  private static final TableSchema CHILD = new TableSchema("children", "one row per child", List.of("id"),
      java.util.Optional.empty(), List.of(
          new ColumnDef("id", DataTypes.StringType, true, "key"),
          new ColumnDef("parent", DataTypes.StringType, true, "parent id"),
          new ColumnDef("share", DataTypes.DoubleType, true, "a share")))
      .withRules(new TableSchema.RowRule("share is in [0, 1]", "share BETWEEN 0 AND 1"))
      .withReferences(new TableSchema.Reference("parent", "parents", "id"));

  @Test
  void cleanTablesPassEveryCheck(SparkSession spark) {
    List<CheckResult> results = PublishChecks.run(tables(spark,
        List.of(RowFactory.create("p1"), RowFactory.create("p2")),
        List.of(RowFactory.create("c1", "p1", 0.5), RowFactory.create("c2", "p2", 1.0))));
    assertThat(results).allMatch(CheckResult::passed);
    assertThat(results).extracting(CheckResult::check).contains("key [id] is not null", "key [id] is unique",
        "share is in [0, 1]", "parent references parents.id");
    PublishChecks.requireAllPassed(results);
  }

  @Test
  void everyKindOfViolationIsCountedWithExamples(SparkSession spark) {
    List<CheckResult> results = PublishChecks.run(tables(spark,
        List.of(RowFactory.create("p1"), RowFactory.create("p1"), RowFactory.create((Object) null)),
        List.of(RowFactory.create("c1", "p1", 1.5), RowFactory.create("c2", "p9", null),
            RowFactory.create("c3", "p1", 0.0))));
    Map<String, Long> violations = new LinkedHashMap<>();
    results.forEach(r -> violations.put(r.table() + ": " + r.check(), r.violations()));
    assertThat(violations).containsEntry("parents: key [id] is not null", 1L)
        .containsEntry("parents: key [id] is unique", 1L)
        .containsEntry("children: key [id] is unique", 0L)
        .containsEntry("children: share is in [0, 1]", 2L)
        .containsEntry("children: parent references parents.id", 1L);
    CheckResult dangling = results.stream().filter(r -> r.check().startsWith("parent references")).findFirst()
        .orElseThrow();
    assertThat(dangling.examples()).singleElement().asString().contains("c2").contains("p9");
    assertThatThrownBy(() -> PublishChecks.requireAllPassed(results))
        .hasMessageContaining("nothing was published")
        .hasMessageContaining("children: share is in [0, 1] FAILED (2 rows");
  }

  private static Map<TableSchema, Dataset<Row>> tables(SparkSession spark, List<Row> parents, List<Row> children) {
    Map<TableSchema, Dataset<Row>> tables = new LinkedHashMap<>();
    tables.put(PARENT, spark.createDataFrame(parents, PARENT.sparkType()));
    tables.put(CHILD, spark.createDataFrame(children, (StructType) CHILD.sparkType()));
    return tables;
  }
}
