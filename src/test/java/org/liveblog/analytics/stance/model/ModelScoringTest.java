package org.liveblog.analytics.stance.model;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liveblog.analytics.ConsoleCapture;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.actors.ActorFixtures;
import org.liveblog.analytics.actors.ActorMentions;
import org.liveblog.analytics.actors.matching.ActorLexicon;
import org.liveblog.analytics.cli.LiveblogCli;
import org.liveblog.analytics.schema.StanceTables;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stage.DeadLetters;
import org.liveblog.analytics.stance.StanceRows;
import org.liveblog.analytics.stance.StanceStatements;
import org.liveblog.analytics.stance.extract.ActorRoles;
import org.liveblog.analytics.stance.extract.CandidateStatement;
import org.liveblog.analytics.stance.extract.StatementExtraction;
import org.liveblog.analytics.stance.lexicon.StanceLexicon;
import org.liveblog.analytics.stance.score.LexiconScoring;
import org.liveblog.analytics.stance.score.ScoredStatement;
import picocli.CommandLine;

/**
 * The model in the pipeline's shape: trained on statements with the lexicon scorer's features, it scores the
 * extraction's candidates into {@link ScoredStatement}s that make stance_statements rows; and the `stance train` and
 * `stance evaluate` commands on a labels folder of the protocol's format, over texts written for the test.
 */
class ModelScoringTest {

  static SparkSession spark;
  static StanceModel model;
  static Broadcast<StanceLexicon> lexicon;

  @TempDir
  static Path dir;

  /** Sentences written for the test (none from the news): source, target, label. */
  static final String[][] STATEMENTS = {
    {"Russia condemned Nato over the new bases.", "Russia", "Nato", "negative"},
    {"Russia accused Ukraine of shelling the border.", "Russia", "Ukraine", "negative"},
    {"China threatened Taiwan with more drills.", "China", "Taiwan", "negative"},
    {"Iran accused Israel of planning an attack.", "Iran", "Israel", "negative"},
    {"Poland condemned Belarus for the border crisis.", "Poland", "Belarus", "negative"},
    {"France praised Germany for its help.", "France", "Germany", "positive"},
    {"Ukraine thanked Poland for the aid convoy.", "Ukraine", "Poland", "positive"},
    {"Nato welcomed the support of Sweden.", "Nato", "Sweden", "positive"},
    {"Germany praised France after the summit.", "Germany", "France", "positive"},
    {"Japan welcomed the offer from India.", "Japan", "India", "positive"},
    {"Russia met China in Beijing on Tuesday.", "Russia", "China", "neutral"},
    {"France called Germany about the schedule.", "France", "Germany", "neutral"},
    {"Ukraine will host Poland next month.", "Ukraine", "Poland", "neutral"},
    {"Japan visited India for a conference.", "Japan", "India", "neutral"},
    {"Nato told Sweden the dates of the meeting.", "Nato", "Sweden", "neutral"},
  };

  @BeforeAll
  static void train() {
    spark = SparkSessionExtension.session();
    lexicon = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(StanceLexicon.defaultLexicon());
    List<LabelledStatements.Statement> statements = new ArrayList<>();
    for (int i = 0; i < STATEMENTS.length; i++) {
      String text = STATEMENTS[i][0];
      int s = text.indexOf(STATEMENTS[i][1]);
      int t = text.indexOf(STATEMENTS[i][2], s + 1);
      statements.add(new LabelledStatements.Statement("test", LabelledStatements.CASED, "d" + i, "train", 0, text,
          STATEMENTS[i][1], "", s, s + STATEMENTS[i][1].length(), STATEMENTS[i][2], t, t + STATEMENTS[i][2].length(),
          STATEMENTS[i][3], new int[] {s, t}, new int[] {s + STATEMENTS[i][1].length(),
              t + STATEMENTS[i][2].length()}, 0, 1));
    }
    Dataset<Row> labelled = LabelledStatements.frame(spark, statements, StanceLexicon.defaultLexicon());
    model = StanceModel.train(labelled, new StanceModelSettings(false, SentenceEncoder.Pooling.MEAN, 2, 1, 2, 7L,
        new double[] {0.1}, new double[] {0.0}, 30, 8, 1), dir.resolve("models").toString());
  }

  @Test
  void scoresTheExtractionsCandidatesIntoStanceStatementRows() {
    Dataset<Row> entries = StanceRows.of(spark, Tables.ENTRIES.sparkType(),
        "{\"entry_key\":\"e1\",\"entry_id\":\"id-e1\",\"outlet\":\"guardian\",\"blog_id\":\"b\",\"published_at\":"
            + "\"2023-04-06T09:00:00Z\",\"published_date\":\"2023-04-06\",\"text\":\"Russia accused Nato of reckless"
            + " behaviour. Nato said Russia threatened Ukraine.\",\"run_id\":\"r0\"}");
    DeadLetters deadLetters = DeadLetters.registered(spark, 100);
    Dataset<Row> sentences = org.liveblog.analytics.text.Segmenter.sentences(entries, deadLetters);
    Dataset<Row> mentions = ActorMentions.mentions(sentences, JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(ActorLexicon.of(ActorFixtures.STAGE_REGISTRY, Set.of("us"))), deadLetters, "r0");
    Dataset<CandidateStatement> candidates = StatementExtraction.candidates(sentences, mentions, lexicon,
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(ActorRoles.of(ActorFixtures.STAGE_REGISTRY)),
        deadLetters).cache();

    List<ScoredStatement> byLexicon = LexiconScoring.score(candidates, lexicon, deadLetters).collectAsList();
    Dataset<ScoredStatement> scored = model.score(candidates, lexicon, deadLetters);
    List<ScoredStatement> rows = scored.collectAsList();

    assertThat(rows).hasSize(byLexicon.size()).isNotEmpty();
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.getMethod()).isEqualTo("model:" + model.version());
      assertThat(r.getLabel()).isIn(StanceColumns.LABELS);
      assertThat(r.getScore()).isBetween(-1.0, 1.0);
      assertThat(r.getConfidence()).isBetween(1.0 / 3, 1.0);
    });
    // The lexicon's evidence stays on the row for the reader; the pairs are the extraction's.
    assertThat(rows.stream().map(r -> r.getSourceActorId() + ">" + r.getTargetActorId()).sorted().toList())
        .isEqualTo(byLexicon.stream().map(r -> r.getSourceActorId() + ">" + r.getTargetActorId()).sorted().toList());
    assertThat(rows.stream().flatMap(r -> r.getCues().stream())).contains("accused");
    Dataset<Row> table = StanceStatements.table(scored, entries, "r0");
    // The same columns and types as the lexicon method gives (nullability aside: the table's checks decide it).
    assertThat(typesOf(table)).isEqualTo(typesOf(StanceStatements.table(LexiconScoring.score(candidates, lexicon,
        deadLetters), entries, "r0")));
    assertThat(table.columns()).containsExactly(StanceTables.STANCE_STATEMENTS.sparkType().fieldNames());
    assertThat(table.filter(col("method").startsWith("model:")).count()).isEqualTo(rows.size());
    assertThat(deadLetters.count()).isZero();
  }

  @Test
  void trainAndEvaluateCommandsReadALabelsFolder() throws IOException {
    // A seed-format source: one sentence per line; the labels give offsets into those lines.
    Path data = dir.resolve("data");
    Path labels = dir.resolve("labels");
    Files.createDirectories(data.resolve("seed-liveblog"));
    Files.createDirectories(labels);
    StringBuilder text = new StringBuilder();
    StringBuilder tsv = new StringBuilder("doc\tsent_start\tsent_end\tsource\tsource_for\tsource_start\tsource_end"
        + "\ttarget\ttarget_start\ttarget_end\tlabel\tsplit\tcomment\n");
    for (int i = 0; i < STATEMENTS.length; i++) {
      String line = STATEMENTS[i][0];
      int s = line.indexOf(STATEMENTS[i][1]);
      int t = line.indexOf(STATEMENTS[i][2], s + 1);
      text.append(line).append('\n');
      tsv.append(i + 1).append("\t0\t").append(line.length()).append('\t').append(STATEMENTS[i][1]).append("\t\t")
          .append(s).append('\t').append(s + STATEMENTS[i][1].length()).append('\t').append(STATEMENTS[i][2])
          .append('\t').append(t).append('\t').append(t + STATEMENTS[i][2].length()).append('\t')
          .append(STATEMENTS[i][3]).append('\t').append(i % 5 == 4 ? "test" : "train").append("\t\n");
    }
    Files.writeString(data.resolve("seed-liveblog/guardian-2023-04-06-excerpt.txt"), text.toString());
    Files.writeString(labels.resolve("stance-seed.tsv"), tsv.toString());
    Path models = dir.resolve("command-models");

    String trained = run(new TrainCommand(), "--labels", labels.toString(), "--data", data.toString(), "--models",
        models.toString(), "--folds", "2");
    assertThat(trained).contains("trained on 12 statements (split train)", "cross-validation macro-F1", "saved ");
    String folder = trained.lines().filter(l -> l.startsWith("saved ")).findFirst().orElseThrow()
        .substring("saved ".length()).replaceAll(" \\(.*", "");
    assertThat(Path.of(folder)).isDirectory();

    String evaluated = run(new EvaluateCommand(), "--labels", labels.toString(), "--data", data.toString(),
        "--model", folder);
    assertThat(evaluated).contains("on split test", "macro-F1", "confusion (rows gold, columns predicted)", "cased:");

    assertThat(new CommandLine(new TrainCommand()).execute("--labels", labels.toString(), "--data",
        dir.resolve("nowhere").toString(), "--models", models.toString())).isEqualTo(TrainCommand.BAD_INPUT);
  }

  private static List<String> typesOf(Dataset<Row> frame) {
    return java.util.Arrays.stream(frame.schema().fields()).map(f -> f.name() + ":" + f.dataType().simpleString())
        .toList();
  }

  private static String run(Object command, String... args) {
    PrintStream out = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      assertThat(new CommandLine(command).execute(args)).isZero();
    } finally {
      System.setOut(out);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  /** `run --stance-model DIR`: the stage scores its statements with the saved model, and says so on rows and run. */
  @Test
  void theStanceStageScoresWithASavedModelWhenConfigured() throws IOException {
    Path input = Files.createDirectories(dir.resolve("stage-input"));
    StringBuilder entries = new StringBuilder();
    for (int i = 0; i < STATEMENTS.length; i++) {
      entries.append("{\"outlet\":\"ledger\",\"blog_id\":\"live\",\"entry_id\":\"m").append(i)
          .append("\",\"published_at\":\"2024-02-0").append(1 + i % 3).append("T09:00:00Z\",\"body\":\"")
          .append(STATEMENTS[i][0]).append("\"}\n");
    }
    Files.writeString(input.resolve("a.jsonl"), entries);
    String warehouse = dir.resolve("stage-warehouse").toString();
    String folder = dir.resolve("models").resolve(model.version()).toString();
    assertThat(ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("run", "--input=" + input, "--format=jsonl",
        "--warehouse=" + warehouse, "--run-id=m1", "--stance-model=" + folder)).isZero()))
        .contains("stance statements: ");
    Dataset<Row> rows = spark.read().parquet(warehouse + "/stance_statements");
    assertThat(rows.count()).isPositive();
    assertThat(rows.select("method").distinct().collectAsList()).extracting(r -> r.getString(0))
        .containsExactly(StanceModel.METHOD_MODEL + ":" + model.version());
    Row run = spark.read().parquet(warehouse + "/runs").first();
    assertThat(run.getJavaMap(run.fieldIndex("versions")))
        .containsEntry("stance_method", StanceModel.METHOD_MODEL + ":" + model.version())
        .containsEntry("stance_model", model.version());
  }
}
