package org.liveblog.analytics.generate;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.generate.CorpusGenerator;
import org.liveblog.analytics.generate.GeneratorSettings;
import org.liveblog.analytics.generate.GroundTruth;

/** `generate`: writes the synthetic corpus to {@code <output>/entries} and its ground truth to manifest.json. */
public final class GenerateJob {

  private GenerateJob() {}

  /** What was written, for the console. */
  public record Summary(String output, String format, GroundTruth manifest, Duration took) {
    public void print(PrintStream out) {
      out.printf(Locale.ROOT, "liveblog generate: %,d rows (%,d entries, %,d planted duplicates, %,d planted rejects)"
              + " in %.1f s%n", manifest.counts().rowsWritten(), manifest.entries(),
          manifest.counts().duplicates(), manifest.counts().rejects(), took.toMillis() / 1000.0);
      out.println("  corpus   " + output + "/entries (" + format + ")");
      out.println("  manifest " + output + "/manifest.json");
    }
  }

  public static Summary run(SparkSession spark, GenerateOptions options) {
    long start = System.nanoTime();
    String output = options.output();
    String format = options.outputFormat();
    GeneratorSettings settings = options.settings();
    CorpusGenerator generator = new CorpusGenerator(settings);
    Dataset<Row> entries = generator.entries(spark);
    String entriesPath = new Path(output, "entries").toString();
    if (format.equals("jsonl")) {
      entries.write().mode(SaveMode.Overwrite).option("compression", "gzip").json(entriesPath);
    } else {
      entries.write().mode(SaveMode.Overwrite).parquet(entriesPath);
    }
    GroundTruth manifest = generator.manifest();
    manifest.write(new Path(output, "manifest.json").toString(), spark.sparkContext().hadoopConfiguration());
    return new Summary(output, format, manifest, Duration.ofNanos(System.nanoTime() - start));
  }
}
