package org.liveblog.analytics.stance.model;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.attribute.AttributeGroup;
import org.apache.spark.ml.linalg.DenseVector;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Adds the encoder's vector of each statement as a column, in {@code mapPartitions}: the executor's shared
 * {@link SentenceEncoder} (loaded once per JVM) encodes each partition a chunk at a time, sorted by length and in
 * batches, and every input column passes through, copied by name.
 */
public final class StatementEmbeddings implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /**
   * Rows sorted by length together: the more, the closer the lengths within a batch and the less padding is computed
   * (docs/BENCHMARKS.md, "Stance encoder"); 32 batches of sentences are still little to hold in memory.
   */
  public static final int BATCHES_PER_CHUNK = 32;

  private final EncoderSpec spec;
  private final SentenceEncoder.Pooling pooling;
  private final int batchSize;
  private final StructType inputSchema;
  private final StructType outputSchema;
  private final String outputColumn;

  private StatementEmbeddings(EncoderSpec spec, SentenceEncoder.Pooling pooling, int batchSize, StructType input,
      String outputColumn) {
    this.spec = spec;
    this.pooling = pooling;
    this.batchSize = batchSize;
    this.inputSchema = input;
    this.outputColumn = outputColumn;
    this.outputSchema = input.add(new StructField(outputColumn, SQLDataTypes.VectorType(), false,
        new AttributeGroup(outputColumn, SentenceEncoder.DIMENSION).toMetadata()));
  }

  /** {@code statements} (with the columns of {@link StanceColumns#STATEMENT}) plus the vector {@code outputColumn}. */
  public static Dataset<Row> add(Dataset<Row> statements, EncoderSpec spec, SentenceEncoder.Pooling pooling,
      int batchSize, String outputColumn) {
    StanceColumns.require("stance encoder", statements, StanceColumns.STATEMENT);
    StatementEmbeddings function = new StatementEmbeddings(spec, pooling, batchSize, statements.schema(),
        outputColumn);
    return statements.mapPartitions(function, Encoders.row(function.outputSchema));
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    SentenceEncoder encoder = SentenceEncoder.shared(spec);
    int text = inputSchema.fieldIndex(StanceColumns.TEXT);
    int sourceStart = inputSchema.fieldIndex(StanceColumns.SOURCE_START);
    int sourceEnd = inputSchema.fieldIndex(StanceColumns.SOURCE_END);
    int targetStart = inputSchema.fieldIndex(StanceColumns.TARGET_START);
    int targetEnd = inputSchema.fieldIndex(StanceColumns.TARGET_END);
    String[] names = inputSchema.fieldNames();
    int[] from = new int[names.length];
    int[] to = new int[names.length];
    for (int i = 0; i < names.length; i++) {
      from[i] = inputSchema.fieldIndex(names[i]);
      to[i] = outputSchema.fieldIndex(names[i]);
    }
    int vectorAt = outputSchema.fieldIndex(outputColumn);
    int chunkSize = batchSize * BATCHES_PER_CHUNK;
    return new Iterator<>() {
      private final List<Row> chunk = new ArrayList<>(chunkSize);
      private float[][] vectors = new float[0][];
      private int next;

      @Override
      public boolean hasNext() {
        if (next < chunk.size()) {
          return true;
        }
        chunk.clear();
        next = 0;
        while (chunk.size() < chunkSize && rows.hasNext()) {
          chunk.add(rows.next());
        }
        if (chunk.isEmpty()) {
          return false;
        }
        List<MarkedStatement> statements = new ArrayList<>(chunk.size());
        for (Row row : chunk) {
          statements.add(marked(row));
        }
        vectors = encoder.encode(statements, pooling, batchSize);
        return true;
      }

      private MarkedStatement marked(Row row) {
        try {
          return MarkedStatement.of(row.getString(text), nullableInt(row, sourceStart), nullableInt(row, sourceEnd),
              nullableInt(row, targetStart), nullableInt(row, targetEnd));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("stance encoder: " + e.getMessage() + " in row " + row, e);
        }
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row row = chunk.get(next);
        Object[] values = new Object[outputSchema.size()];
        for (int i = 0; i < from.length; i++) {
          values[to[i]] = row.get(from[i]);
        }
        float[] vector = vectors[next++];
        double[] widened = new double[vector.length];
        for (int d = 0; d < vector.length; d++) {
          widened[d] = vector[d];
        }
        values[vectorAt] = new DenseVector(widened);
        return RowFactory.create(values);
      }
    };
  }

  static Integer nullableInt(Row row, int index) {
    return row.isNullAt(index) ? null : row.getInt(index);
  }
}
