package org.liveblog.analytics.stance.shifts;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.schema.StanceTables;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.stance.StanceRows;

/** The Benjamini-Hochberg correction by hand, and shifts found in literal statements of a flipping and a flat pair. */
class StanceShiftsTest {

  static SparkSession spark;

  @BeforeAll
  static void session() {
    spark = SparkSessionExtension.session();
  }

  @Test
  void benjaminiHochbergMatchesTheHandComputedQValues() {
    StructType schema = new StructType().add("family", DataTypes.StringType).add("pair", DataTypes.StringType)
        .add("p", DataTypes.DoubleType);
    Dataset<Row> tests = StanceRows.of(spark, schema, "{\"family\":\"f\",\"pair\":\"a\",\"p\":0.01}",
        "{\"family\":\"f\",\"pair\":\"b\",\"p\":0.04}", "{\"family\":\"f\",\"pair\":\"c\",\"p\":0.03}",
        "{\"family\":\"f\",\"pair\":\"d\",\"p\":0.20}", "{\"family\":\"g\",\"pair\":\"e\",\"p\":0.20}");
    // Sorted: 0.01 (1), 0.03 (2), 0.04 (3), 0.20 (4); m p / i = 0.04, 0.06, 0.0533, 0.20; the running minimum from
    // the top gives q = 0.04, 0.0533, 0.0533, 0.20. At 0.05 only a is a discovery.
    // Another family (another scoring method) is corrected on its own: its one test keeps q = p.
    List<Row> rows = BenjaminiHochberg.adjust(tests, "p", "q", List.of("family"), "pair").orderBy("pair")
        .collectAsList();
    assertThat(rows.stream().map(r -> r.<Double>getAs("q")).toList())
        .usingElementComparator((x, y) -> Math.abs(x - y) < 1e-12 ? 0 : Double.compare(x, y))
        .containsExactly(0.04, 0.04 * 4 / 3, 0.04 * 4 / 3, 0.20, 0.20);
    assertThat(rows.stream().map(r -> r.<Long>getAs("tests")).toList()).containsExactly(4L, 4L, 4L, 4L, 1L);
  }

  /** Statements of one pair: day d holds three, with the given score and confidences that order the evidence. */
  private static void pair(List<String> rows, String source, String target, int days, IntToDoubleFunction score) {
    LocalDate start = LocalDate.of(2024, 3, 1);
    for (int d = 0; d < days; d++) {
      for (int i = 0; i < 3; i++) {
        String key = source + "-" + d + "-" + i;
        double s = score.applyAsDouble(d * 3 + i);
        rows.add("{\"entry_key\":\"" + key + "\",\"entry_id\":\"id-" + key + "\",\"sentence_index\":" + i
            + ",\"method\":\"lexicon\",\"source_actor_id\":\"" + source + "\",\"target_actor_id\":\"" + target
            + "\",\"score\":" + s + ",\"label\":\"" + (s > 0 ? "positive" : "negative") + "\",\"confidence\":"
            + (0.5 + 0.01 * i + 0.001 * d) + ",\"published_date\":\"" + start.plusDays(d) + "\"}");
      }
    }
  }

  static Dataset<Row> statements() {
    List<String> rows = new ArrayList<>();
    // A praises B for 12 days, then condemns it for 12 (the first day of the new stance is 2024-03-13).
    pair(rows, "A", "B", 24, k -> k < 36 ? 0.5 : -0.5);
    // C about D: the same scores in an order without a trend.
    pair(rows, "C", "D", 24, k -> ((k * 7) % 5 < 2) ? 0.5 : -0.5);
    return StanceRows.of(spark, StanceTables.STANCE_STATEMENTS.sparkType(), rows.toArray(String[]::new));
  }

  private static final ShiftSettings SETTINGS = new ShiftSettings(6, 3, 199, 20, 0.05, 2, 2, 5L);

  @Test
  void theFlipIsFoundWithItsDateSizeAndEvidenceAndTheFlatPairIsNot() {
    List<Row> shifts = StanceShifts.shifts(statements(), SETTINGS, "run-1").collectAsList();
    assertThat(shifts).hasSize(1);
    Row shift = shifts.get(0);
    assertThat(shift.<String>getAs("source_actor_id")).isEqualTo("A");
    assertThat(shift.<java.sql.Date>getAs("change_date").toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 13));
    assertThat(shift.<Double>getAs("mean_before")).isCloseTo(0.5, within(1e-12));
    assertThat(shift.<Double>getAs("delta")).isCloseTo(-1.0, within(1e-12));
    assertThat(shift.<Long>getAs("n_before")).isEqualTo(36L);
    assertThat(shift.<Integer>getAs("days_after")).isEqualTo(12);
    // No random order of the 24 days reaches the observed split: p = 1 / (1 + 199). Two pairs were tested: q = 2p.
    assertThat(shift.<Double>getAs("p_value")).isEqualTo(1.0 / 200);
    assertThat(shift.<Double>getAs("q_value")).isCloseTo(2.0 / 200, within(1e-12));
    // Evidence: the most confident positive statements before (last day, third statement), negative ones after.
    List<Row> before = shift.getList(shift.fieldIndex("evidence_before"));
    assertThat(before).hasSize(2);
    assertThat(before.get(0).<String>getAs("entry_id")).isEqualTo("id-A-11-2");
    assertThat(before.get(0).<Double>getAs("score")).isEqualTo(0.5);
    List<Row> after = shift.getList(shift.fieldIndex("evidence_after"));
    assertThat(after.get(0).<String>getAs("entry_id")).isEqualTo("id-A-23-2");
    assertThat(after.get(0).<Double>getAs("score")).isEqualTo(-0.5);
    assertThat(shift.<String>getAs("run_id")).isEqualTo("run-1");
  }

  @Test
  void rerunsAgreeAndTheTableKeepsItsRules() {
    Dataset<Row> once = StanceShifts.shifts(statements(), SETTINGS, "run-1");
    Dataset<Row> twice = StanceShifts.shifts(statements().repartition(3), SETTINGS, "run-1");
    assertThat(once.exceptAll(twice).count() + twice.exceptAll(once).count()).isZero();
    TableSchema table = StanceTables.STANCE_SHIFTS;
    assertThat(once.schema().fieldNames()).containsExactlyElementsOf(table.columnNames());
    for (TableSchema.RowRule rule : table.rowRules()) {
      assertThat(once.filter("NOT (" + rule.condition() + ")").count()).as(rule.name()).isZero();
    }
  }

  @Test
  void laterChangesOfASelectedPairFaceTheSelectionLevel() {
    StructType schema = new StructType().add("method", DataTypes.StringType)
        .add("sourceActorId", DataTypes.StringType).add("targetActorId", DataTypes.StringType)
        .add("changeRank", DataTypes.IntegerType).add("pvalue", DataTypes.DoubleType);
    // Four pairs tested; BH at 0.05 selects x (q = 0.04) and y (q = 0.04): R = 2, m = 4, so later changes need a
    // running maximum p of at most 0.05 * 2 / 4 = 0.025. x's second change (0.02) passes, its third (running
    // maximum 0.03) not; y's second (0.001) passes; z's second does not count, z was not selected.
    Dataset<Row> candidates = StanceRows.of(spark, schema,
        row("x", 1, 0.01), row("x", 2, 0.02), row("x", 3, 0.03),
        row("y", 1, 0.02), row("y", 2, 0.001),
        row("z", 1, 0.30), row("z", 2, 0.001),
        row("w", 1, 0.50));
    List<Row> accepted = StanceShifts.accepted(candidates, 0.05).orderBy("sourceActorId", "changeRank")
        .collectAsList();
    assertThat(accepted.stream().map(r -> r.<String>getAs("sourceActorId") + r.<Integer>getAs("changeRank")).toList())
        .containsExactly("x1", "x2", "y1", "y2");
    // q of x2: its running maximum 0.02 * m / R = 0.04; of y1: BH over (0.01, 0.02, 0.30, 0.50) = 0.02 * 4 / 2.
    assertThat(accepted.get(1).<Double>getAs("q_value")).isCloseTo(0.04, within(1e-12));
    assertThat(accepted.get(2).<Double>getAs("q_value")).isCloseTo(0.04, within(1e-12));
  }

  private static String row(String pair, int rank, double p) {
    return "{\"method\":\"lexicon\",\"sourceActorId\":\"" + pair + "\",\"targetActorId\":\"t\",\"changeRank\":" + rank
        + ",\"pvalue\":" + p + "}";
  }

  @Test
  void emptyAndMalformedInput() {
    assertThat(StanceShifts.shifts(statements().filter(col("score").gt(1)), SETTINGS, "r").count()).isZero();
    assertThatThrownBy(() -> StanceShifts.shifts(statements().drop("confidence"), SETTINGS, "r"))
        .hasMessageContaining("stance shifts: input does not include column confidence");
  }
}
