package org.liveblog.analytics.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * Reads JSON Lines (plain or compressed) into candidates. Lines are read as bytes through Hadoop's TextInputFormat,
 * so that invalid UTF-8 is seen rather than silently replaced, and each record keeps its file and byte offset.
 * Blank lines are not records.
 */
public final class JsonLinesSource implements EntrySource {

  @Override
  public Dataset<Row> candidates(SparkSession spark, List<Path> files, ColumnMapping mapping) throws IOException {
    Job job = Job.getInstance(spark.sparkContext().hadoopConfiguration());
    FileInputFormat.setInputPaths(job, files.toArray(Path[]::new));
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    @SuppressWarnings("unchecked")
    JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>)
        jsc.newAPIHadoopRDD(job.getConfiguration(), TextInputFormat.class, LongWritable.class, Text.class);
    JavaRDD<Row> rows = lines.mapPartitionsWithInputSplit(
        (split, partition) -> parse(((FileSplit) split).getPath().toString(), partition, mapping), false);
    return spark.createDataFrame(rows, Candidate.SCHEMA);
  }

  private static Iterator<Row> parse(String file, Iterator<Tuple2<LongWritable, Text>> lines, ColumnMapping mapping) {
    ObjectMapper json = new ObjectMapper();
    JsonFields fields = new JsonFields(mapping);
    Utf8 utf8 = new Utf8();
    return new Iterator<>() {
      private Row next = advance();

      private Row advance() {
        while (hasMoreLines()) {
          Tuple2<LongWritable, Text> line = lines.next();
          Text bytes = line._2();
          long offset = line._1().get();
          String text = utf8.decodeOrNull(bytes.getBytes(), bytes.getLength());
          if (text == null) {
            return Candidate.unparsed(file, RecordKind.BYTE, offset,
                Utf8.decodeLenient(bytes.getBytes(), bytes.getLength()), RejectReason.INVALID_UTF8,
                "invalid UTF-8 at byte " + Utf8.firstInvalidByte(bytes.getBytes(), bytes.getLength()) + " of the line",
                null);
          }
          if (text.isBlank()) {
            continue;
          }
          return toCandidate(file, offset, text, json, fields);
        }
        return null;
      }

      // A truncated or corrupt compressed file fails here; name it, since Hadoop's message does not.
      private boolean hasMoreLines() {
        try {
          return lines.hasNext();
        } catch (Exception e) { // Hadoop's IOException arrives unchecked through Scala
          throw new InvalidInputException("Cannot read input file " + file + ": " + e, e);
        }
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Row next() {
        Row current = next;
        next = advance();
        return current;
      }
    };
  }

  static Row toCandidate(String file, long offset, String text, ObjectMapper json, JsonFields fields) {
    JsonNode node;
    try {
      node = json.readTree(text);
    } catch (JsonProcessingException e) {
      return Candidate.unparsed(file, RecordKind.BYTE, offset, text, RejectReason.INVALID_JSON,
          e.getOriginalMessage() + " at column " + e.getLocation().getColumnNr(), null);
    }
    if (node == null || !node.isObject()) {
      return Candidate.unparsed(file, RecordKind.BYTE, offset, text, RejectReason.INVALID_JSON,
          "expected a JSON object, found " + (node == null ? "nothing" : node.getNodeType()), null);
    }
    JsonFields.Fields read = fields.read(node);
    return read.wrongType() == null
        ? Candidate.parsed(file, RecordKind.BYTE, offset, text, read.values())
        : Candidate.unparsed(file, RecordKind.BYTE, offset, text, RejectReason.WRONG_TYPE, read.wrongType(),
            read.values());
  }

}
