package org.liveblog.analytics.stance.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.stance.lexicon.StanceLexicon;
import picocli.CommandLine.Option;

/** Where `stance train` and `stance evaluate` read labelled statements: the label files and the texts they point to. */
public final class LabelOptions {

  @Option(names = "--labels", paramLabel = "DIR", defaultValue = "tools/eval/stance",
      description = "Folder of stance-<source>.tsv label files (tools/eval/stance/PROTOCOL.md); default: ${DEFAULT-VALUE}.")
  Path labels;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
      description = "Folder holding the labelled texts (seed excerpt, headlines, UKP Guardian and BBC subsets); default:"
          + " ${DEFAULT-VALUE}.")
  Path data;

  @Option(names = "--lexicon", paramLabel = "DIR",
      description = "Stance lexicon folder for the lexicon features; default: the lexicon shipped in the jar.")
  Path lexicon;

  @Option(names = "--split", paramLabel = "SPLIT",
      description = "Statements of this split only: train, test or all.")
  String split;

  /** The problem with the options, or null when they can be read. */
  String problem() {
    if (!Files.isDirectory(labels)) {
      return "labels folder " + labels + " does not exist";
    }
    List<Path> missing = LabelledStatements.missingData(labels, data);
    if (!missing.isEmpty()) {
      return "the labelled texts are not all there: missing " + missing;
    }
    if (!List.of("train", "test", "all").contains(split)) {
      return "--split must be train, test or all, not " + split;
    }
    return null;
  }

  /** The statements of the chosen split, with lexicon features. */
  Dataset<Row> statements(SparkSession spark) {
    StanceLexicon stanceLexicon = lexicon == null ? StanceLexicon.defaultLexicon() : StanceLexicon.load(lexicon);
    Dataset<Row> all = LabelledStatements.frame(spark, LabelledStatements.read(labels, data), stanceLexicon);
    return split.equals("all") ? all : all.filter(all.col(StanceColumns.SPLIT).equalTo(split));
  }
}
