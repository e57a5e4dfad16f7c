package org.liveblog.analytics.topics.cooccurrence;

import java.io.Serializable;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * The co-occurrence records of one entry, from its actor mentions and topics, for every unit the entry holds: the
 * entry itself (topics per method, actors, actors × topics per method) and each of its sentences (actors). Per unit,
 * duplicates are merged (strengths summed) and at most {@code cap} items per side are kept (the strongest; ties by
 * item); then one record per kept item and one per pair, i &lt; j by item for one side, every a × b for two sides.
 * O(min(k, cap)²) records for a unit of k items, and each mention and topic of the corpus is moved once, however many
 * tables count it.
 *
 * <p>Input rows: entry_key, published_date, items (array of struct: actor, sentence_index, method, topic, strength;
 * an actor mention has actor and sentence_index, a topic has method and topic).
 */
final class EntryItems implements FlatMapFunction<Row, EntryItems.Record> {

  private static final long serialVersionUID = 1L;

  /**
   * The tables an entry's records are for. Each is its own scope prefix (the table's own scope follows it: the topic
   * method, or the actor table's unit), so every table keeps its own totals and tests.
   */
  enum Family {
    TOPIC_PAIRS("topic/"),
    ACTOR_PAIRS("actor/"),
    ACTOR_TOPIC_PAIRS("actor_topic/");

    final String prefix;

    Family(String prefix) {
      this.prefix = prefix;
    }
  }

  /** Unit names of the actor table's unit column. */
  static final String ENTRY = "entry";
  static final String SENTENCE = "sentence";

  private final int cap;
  private final Set<Family> families;
  private final List<String> methods;

  /**
   * @param families the tables counted: topic pairs within entries per method, actor pairs within entries and within
   *     sentences, actor × topic pairs within entries per method (each method has its actor side, with topics or
   *     without)
   * @param methods the topic methods counted
   */
  EntryItems(int cap, Set<Family> families, List<String> methods) {
    this.cap = cap;
    this.families = EnumSet.copyOf(families);
    this.methods = List.copyOf(methods);
  }

  @Override
  public Iterator<Record> call(Row entry) {
    Date date = entry.getDate(1);
    Map<String, Double> actors = new HashMap<>();
    Map<Integer, Map<String, Double>> actorsBySentence = new TreeMap<>();
    Map<String, Map<String, Double>> topicsByMethod = new TreeMap<>();
    for (Row item : entry.<Row>getList(2)) {
      if (!item.isNullAt(0)) {
        String actor = item.getString(0);
        actors.merge(actor, 1.0, Double::sum);
        actorsBySentence.computeIfAbsent(item.getInt(1), s -> new HashMap<>()).merge(actor, 1.0, Double::sum);
      } else {
        topicsByMethod.computeIfAbsent(item.getString(2), m -> new HashMap<>())
            .merge(item.getString(3), item.getDouble(4), Double::sum);
      }
    }
    List<Record> out = new ArrayList<>();
    if (families.contains(Family.TOPIC_PAIRS)) {
      topicsByMethod.forEach((method, topics) -> oneSide(out, Family.TOPIC_PAIRS.prefix + method, date, topics));
    }
    if (families.contains(Family.ACTOR_PAIRS)) {
      String prefix = Family.ACTOR_PAIRS.prefix;
      oneSide(out, prefix + ENTRY, date, actors);
      actorsBySentence.values().forEach(inSentence -> oneSide(out, prefix + SENTENCE, date, inSentence));
    }
    if (families.contains(Family.ACTOR_TOPIC_PAIRS)) {
      String[] keptActors = strongest(actors, cap);
      for (String method : methods) {
        twoSides(out, Family.ACTOR_TOPIC_PAIRS.prefix + method, date, keptActors,
            strongest(topicsByMethod.getOrDefault(method, Map.of()), cap));
      }
    }
    return out.iterator();
  }

  /** A unit of one side: its kept items and their pairs, i &lt; j by item. */
  private void oneSide(List<Record> out, String scope, Date date, Map<String, Double> strengths) {
    String[] items = strongest(strengths, cap);
    Arrays.sort(items);
    for (int i = 0; i < items.length; i++) {
      out.add(new Record(scope, date, 0, items[i], null));
      for (int j = i + 1; j < items.length; j++) {
        out.add(new Record(scope, date, Record.PAIR, items[i], items[j]));
      }
    }
  }

  /** A unit of two sides (actors, topics): the kept items of each and every a × b pair. */
  private static void twoSides(List<Record> out, String scope, Date date, String[] a, String[] b) {
    for (String item : a) {
      out.add(new Record(scope, date, 0, item, null));
    }
    for (String item : b) {
      out.add(new Record(scope, date, 1, item, null));
    }
    for (String itemA : a) {
      for (String itemB : b) {
        out.add(new Record(scope, date, Record.PAIR, itemA, itemB));
      }
    }
  }

  /** The {@code cap} strongest items, ties broken by the item, so that the choice does not depend on input order. */
  static String[] strongest(Map<String, Double> strengths, int cap) {
    return strengths.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, Double>>comparingDouble(Map.Entry::getValue).reversed()
            .thenComparing(Map.Entry::getKey))
        .limit(cap)
        .map(Map.Entry::getKey)
        .toArray(String[]::new);
  }

  /**
   * A kept item (itemB null; side 0, or 1 for the second side of a two-sided scope) or a pair (side {@link #PAIR})
   * of one unit, dated by the unit.
   */
  public static final class Record implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAIR = -1;
    private String scope;
    private Date publishedDate;
    private int side;
    private String itemA;
    private String itemB;

    public Record() {}

    Record(String scope, Date publishedDate, int side, String itemA, String itemB) {
      this.scope = scope;
      this.publishedDate = publishedDate;
      this.side = side;
      this.itemA = itemA;
      this.itemB = itemB;
    }

    public String getScope() {
      return scope;
    }

    public void setScope(String scope) {
      this.scope = scope;
    }

    public Date getPublishedDate() {
      return publishedDate;
    }

    public void setPublishedDate(Date publishedDate) {
      this.publishedDate = publishedDate;
    }

    public int getSide() {
      return side;
    }

    public void setSide(int side) {
      this.side = side;
    }

    public String getItemA() {
      return itemA;
    }

    public void setItemA(String itemA) {
      this.itemA = itemA;
    }

    public String getItemB() {
      return itemB;
    }

    public void setItemB(String itemB) {
      this.itemB = itemB;
    }
  }
}
