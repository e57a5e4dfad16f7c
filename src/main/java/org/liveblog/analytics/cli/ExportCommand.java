package org.liveblog.analytics.cli;

import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.export.ExportJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `export`: published tables as CSV files for spreadsheets and BI tools without a Parquet reader. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write published tables as CSV files (one <table>.csv per table, with a header), optionally "
        + "filtered with a Spark SQL condition.")
final class ExportCommand extends ConfiguredCommand {

  @Option(names = "--warehouse", paramLabel = "DIR", description = "Folder of the published tables.")
  String warehouse;

  @Option(names = "--output", paramLabel = "DIR", description = "Folder to write the CSV files to.")
  String output;

  @Option(names = "--table-format", paramLabel = "FORMAT", description = "parquet (default) or iceberg.")
  String tableFormat;

  @Option(names = "--tables", paramLabel = "T1,T2", description = "Tables to export (default: all).")
  String tables;

  @Option(names = "--where", paramLabel = "CONDITION",
      description = "Filter applied to each table, e.g. \"published_date >= '2024-03-01'\".")
  String where;

  @Override
  void validate(JobConfig config) {
    JobConfig.required(config.warehouse(), ConfigKeys.WAREHOUSE);
    JobConfig.required(config.output(), ConfigKeys.OUTPUT);
    ExportJob.chosenTables(config);
  }

  @Override
  int run(SparkSession spark, JobConfig config) {
    ExportJob.run(spark, config).print(System.out);
    return 0;
  }
}
