package org.liveblog.analytics.cli;

import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.export.ExportJob;
import org.liveblog.analytics.export.ExportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `export`: published tables as CSV files for spreadsheets and BI tools without a Parquet reader. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write published tables as CSV files (one <table>.csv per table, with a header), optionally "
        + "filtered with a Spark SQL condition.")
final class ExportCommand extends JobCommand {

  @Mixin
  ExportOptions options;

  @Override
  void validate() {
    options.warehouse();
    options.output();
    options.chosenTables();
  }

  @Override
  int run(SparkSession spark) {
    ExportJob.run(spark, options).print(System.out);
    return 0;
  }
}
