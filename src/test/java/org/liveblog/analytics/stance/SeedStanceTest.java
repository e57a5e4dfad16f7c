package org.liveblog.analytics.stance;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.actors.ActorFixtures;
import org.liveblog.analytics.actors.ActorMentions;
import org.liveblog.analytics.actors.matching.ActorLexicon;
import org.liveblog.analytics.stage.DeadLetters;
import org.liveblog.analytics.stance.extract.ActorRoles;
import org.liveblog.analytics.stance.lexicon.StanceLexicon;
import org.liveblog.analytics.stance.series.StanceSeries;
import org.liveblog.analytics.text.Segmenter;

/**
 * The seed live blog's exchange, retold in the project's own words with the seed's structure (a Kremlin claim about
 * Nato's expansion, the spokesperson's "X said:" quote block, a reported accusation, a second quote): Russia's stance
 * toward Nato comes out negative, through the spokesperson's role as well as directly.
 */
class SeedStanceTest {

  static final String[][] ENTRIES = {
    {"s1", "seed", "2023-04-06T09:00:00Z",
        "Russia is taking measures in response to Nato’s expansion, the Kremlin says."},
    {"s2", "seed", "2023-04-06T09:20:00Z",
        "Kremlin spokesperson Dmitry Peskov was replying to the Nato secretary general.\n\nPeskov said:\n\n"
            + "It is Nato that keeps pushing towards Russia, not the other way round."},
    {"s3", "seed", "2023-04-06T09:40:00Z",
        "Peskov accused Nato of moving its military ever closer to Russia’s borders."},
    {"s4", "seed", "2023-04-06T10:00:00Z",
        "Peskov said Russia would watch any Nato deployment in Finland closely. He said:\n\n"
            + "Nato’s advance is a threat to our security, and we will answer it every time."},
  };

  @Test
  void russiaTowardNatoComesOutNegative() {
    SparkSession spark = SparkSessionExtension.session();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Dataset<Row> entries = StanceStatementsTest.entries(ENTRIES);
    Dataset<Row> sentences = Segmenter.sentences(entries, DeadLetters.registered(spark, 1_000));
    Dataset<Row> mentions = ActorMentions.mentions(sentences,
        jsc.broadcast(ActorLexicon.of(ActorFixtures.STAGE_REGISTRY, Set.of("us"))), DeadLetters.registered(spark, 1_000), "seed-run");
    Dataset<Row> statements = StanceStatements.statements(entries, sentences, mentions,
        jsc.broadcast(StanceLexicon.defaultLexicon()), jsc.broadcast(ActorRoles.of(ActorFixtures.STAGE_REGISTRY)), DeadLetters.registered(spark, 1_000),
        "seed-run").cache();
    List<Row> russiaOnNato = statements
        .filter(col("source_actor_id").equalTo("RUS").and(col("target_actor_id").equalTo("NATO")))
        .orderBy("entry_key", "sentence_index").collectAsList();
    assertThat(russiaOnNato).hasSizeGreaterThanOrEqualTo(3);
    assertThat(russiaOnNato).noneSatisfy(r -> assertThat(r.<String>getAs("label")).isEqualTo("positive"));
    assertThat(russiaOnNato).filteredOn(r -> r.<String>getAs("label").equals("negative"))
        .hasSizeGreaterThanOrEqualTo(2);
    assertThat(russiaOnNato).anySatisfy(r -> assertThat(r.<String>getAs("source_role")).isEqualTo("spokesperson"));
    assertThat(russiaOnNato.stream().mapToDouble(r -> r.<Double>getAs("score")).average().orElseThrow()).isNegative();
    Row day = StanceSeries.series(statements, 3, "seed-run")
        .filter(col("granularity").equalTo("day").and(col("source_actor_id").equalTo("RUS"))
            .and(col("target_actor_id").equalTo("NATO")))
        .first();
    assertThat(day.<Double>getAs("mean_score")).isNegative();
    assertThat(day.<Double>getAs("negative_share")).isGreaterThan(day.<Double>getAs("positive_share"));
    // What decided it, for the reader of the table: the accusation and the threat.
    assertThat(russiaOnNato.stream().flatMap(r -> r.<String>getList(r.fieldIndex("cues")).stream()))
        .contains("accused", "threat");
  }

}
