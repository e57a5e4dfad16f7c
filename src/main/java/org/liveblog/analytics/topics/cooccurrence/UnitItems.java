package org.liveblog.analytics.topics.cooccurrence;

import java.io.Serializable;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;

/**
 * The items of one unit, capped and paired: duplicates merged (strengths summed), at most {@code cap} items per
 * side kept (the strongest; ties by item), then one record per kept item and one per pair, i &lt; j by item for one
 * side, every a × b for two sides. O(min(k, cap)²) records for a unit of k items.
 */
final class UnitItems implements FlatMapGroupsFunction<String, UnitItems.Occurrence, UnitItems.Record> {

  private static final long serialVersionUID = 1L;

  private final int cap;
  private final boolean twoSides;

  UnitItems(int cap, boolean twoSides) {
    this.cap = cap;
    this.twoSides = twoSides;
  }

  @Override
  public Iterator<Record> call(String unit, Iterator<Occurrence> occurrences) {
    Map<String, Double>[] strengths = sides();
    String scope = null;
    Date date = null;
    while (occurrences.hasNext()) {
      Occurrence o = occurrences.next();
      scope = o.getScope();
      date = o.getPublishedDate();
      strengths[o.getSide()].merge(o.getItem(), o.getStrength(), Double::sum);
    }
    String[][] kept = new String[2][];
    for (int side = 0; side < 2; side++) {
      kept[side] = strongest(strengths[side], cap);
    }
    List<Record> out = new ArrayList<>();
    for (int side = 0; side < 2; side++) {
      for (String item : kept[side]) {
        out.add(new Record(scope, date, side, item, null));
      }
    }
    if (twoSides) {
      for (String a : kept[0]) {
        for (String b : kept[1]) {
          out.add(new Record(scope, date, Record.PAIR, a, b));
        }
      }
    } else {
      String[] items = kept[0];
      Arrays.sort(items);
      for (int i = 0; i < items.length; i++) {
        for (int j = i + 1; j < items.length; j++) {
          out.add(new Record(scope, date, Record.PAIR, items[i], items[j]));
        }
      }
    }
    return out.iterator();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Double>[] sides() {
    return new Map[] {new HashMap<String, Double>(), new HashMap<String, Double>()};
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

  /** One item of a unit on one side (0, or 1 for the second side of a two-sided table), with its strength. */
  public static final class Occurrence implements Serializable {
    private static final long serialVersionUID = 1L;
    private String scope;
    private String unitId;
    private Date publishedDate;
    private int side;
    private String item;
    private double strength;

    public Occurrence() {}

    public String getScope() {
      return scope;
    }

    public void setScope(String scope) {
      this.scope = scope;
    }

    public String getUnitId() {
      return unitId;
    }

    public void setUnitId(String unitId) {
      this.unitId = unitId;
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

    public String getItem() {
      return item;
    }

    public void setItem(String item) {
      this.item = item;
    }

    public double getStrength() {
      return strength;
    }

    public void setStrength(double strength) {
      this.strength = strength;
    }
  }

  /** A kept item (itemB null, side 0 or 1) or a pair (side {@link #PAIR}) of one unit, dated by the unit. */
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
