package org.liveblog.analytics.stance.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a model's labels compare with gold labels: the confusion matrix over {@link StanceColumns#LABELS} (rows gold,
 * columns predicted), per-class precision, recall and F1, and macro-F1 over the classes present in the gold labels or
 * the predictions (as scikit-learn averages): a class that is neither, such as neutral on a pro/con set, does not
 * count.
 */
public final class StanceEvaluation {

  private final long[][] confusion;

  /** {@code confusion[gold][predicted]}, indices of {@link StanceColumns#LABELS}. */
  public StanceEvaluation(long[][] confusion) {
    int k = StanceColumns.LABELS.size();
    if (confusion.length != k) {
      throw new IllegalArgumentException("a confusion matrix of " + k + " rows is expected, got " + confusion.length);
    }
    this.confusion = new long[k][];
    for (int i = 0; i < k; i++) {
      if (confusion[i].length != k) {
        throw new IllegalArgumentException("confusion row " + i + " has " + confusion[i].length + " columns");
      }
      this.confusion[i] = confusion[i].clone();
    }
  }

  public long count(int gold, int predicted) {
    return confusion[gold][predicted];
  }

  public long total() {
    long total = 0;
    for (long[] row : confusion) {
      for (long cell : row) {
        total += cell;
      }
    }
    return total;
  }

  /** Gold statements of a class. */
  public long support(int label) {
    long support = 0;
    for (long cell : confusion[label]) {
      support += cell;
    }
    return support;
  }

  /** Statements predicted as a class. */
  public long predicted(int label) {
    long predicted = 0;
    for (long[] row : confusion) {
      predicted += row[label];
    }
    return predicted;
  }

  /** 0 when nothing was predicted as the class. */
  public double precision(int label) {
    long predicted = predicted(label);
    return predicted == 0 ? 0 : (double) confusion[label][label] / predicted;
  }

  /** 0 when the class has no gold statements. */
  public double recall(int label) {
    long support = support(label);
    return support == 0 ? 0 : (double) confusion[label][label] / support;
  }

  public double f1(int label) {
    double p = precision(label);
    double r = recall(label);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The classes macro-F1 averages over: those with gold statements or predictions. */
  public List<String> averagedLabels() {
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < confusion.length; i++) {
      if (support(i) > 0 || predicted(i) > 0) {
        labels.add(StanceColumns.LABELS.get(i));
      }
    }
    return labels;
  }

  public double macroF1() {
    double sum = 0;
    int classes = 0;
    for (int i = 0; i < confusion.length; i++) {
      if (support(i) > 0 || predicted(i) > 0) {
        sum += f1(i);
        classes++;
      }
    }
    return classes == 0 ? 0 : sum / classes;
  }

  public double accuracy() {
    long correct = 0;
    for (int i = 0; i < confusion.length; i++) {
      correct += confusion[i][i];
    }
    long total = total();
    return total == 0 ? 0 : (double) correct / total;
  }

  /** A plain-text report: macro-F1, accuracy, per-class precision, recall, F1 and support, the confusion matrix. */
  public String report() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "macro-F1 %.3f over %s; accuracy %.3f; n = %d%n", macroF1(),
        averagedLabels(), accuracy(), total()));
    out.append(String.format(Locale.ROOT, "%-9s %9s %7s %6s %8s%n", "class", "precision", "recall", "F1", "support"));
    for (int i = 0; i < confusion.length; i++) {
      out.append(String.format(Locale.ROOT, "%-9s %9.3f %7.3f %6.3f %8d%n", StanceColumns.LABELS.get(i),
          precision(i), recall(i), f1(i), support(i)));
    }
    out.append("confusion (rows gold, columns predicted):\n");
    out.append(String.format(Locale.ROOT, "%-9s", ""));
    for (String label : StanceColumns.LABELS) {
      out.append(String.format(Locale.ROOT, " %9s", label));
    }
    out.append('\n');
    for (int i = 0; i < confusion.length; i++) {
      out.append(String.format(Locale.ROOT, "%-9s", StanceColumns.LABELS.get(i)));
      for (long cell : confusion[i]) {
        out.append(String.format(Locale.ROOT, " %9d", cell));
      }
      out.append('\n');
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return report();
  }
}
