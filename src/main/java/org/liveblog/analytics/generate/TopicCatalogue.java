package org.liveblog.analytics.generate;

import java.util.List;

/** The planted topics, their per-entry probabilities and the topic pairs whose co-occurrence is raised. */
final class TopicCatalogue {

  private TopicCatalogue() {}

  /** Two topics drawn jointly so that P(a and b) = lift * P(a) * P(b) while both marginals stay as stated. */
  record RaisedPair(int a, int b, double lift) implements java.io.Serializable {}

  static final List<SyntheticTopic> TOPICS = List.of(
      new SyntheticTopic("energy", "Energy",
          new String[] {"gas", "pipeline", "oil", "power grid", "energy prices"},
          new String[] {
              "Gas prices rose again in early trading.",
              "Engineers are working to repair the damaged power grid.",
              "Officials say the pipeline will be inspected this week.",
              "Oil markets reacted cautiously to the news.",
              "Households face higher energy prices this winter."},
          0.20),
      new SyntheticTopic("sanctions", "Sanctions",
          new String[] {"sanctions", "asset freeze", "export controls", "blacklist"},
          new String[] {
              "A new package of sanctions is being prepared.",
              "The asset freeze will cover several banks.",
              "Officials discussed tighter export controls.",
              "Two more companies were added to a blacklist on Tuesday."},
          0.20),
      new SyntheticTopic("diplomacy", "Diplomacy",
          new String[] {"summit", "envoy", "negotiations", "peace talks", "ceasefire proposal"},
          new String[] {
              "Preparations for a summit are under way.",
              "An envoy arrived for a new round of negotiations.",
              "Hopes for peace talks have been revived.",
              "A ceasefire proposal is being circulated among officials."},
          0.25),
      new SyntheticTopic("military", "Military",
          new String[] {"drone", "missile", "artillery", "troops", "air defence"},
          new String[] {
              "Overnight, a drone attack damaged several buildings.",
              "A missile strike was reported in the east.",
              "Artillery fire continued along the front line.",
              "Troops repelled an attack near the front line.",
              "Air defence units were active for several hours."},
          0.30),
      new SyntheticTopic("humanitarian", "Humanitarian",
          new String[] {"aid convoy", "evacuation", "refugees", "civilians", "shelter"},
          new String[] {
              "An aid convoy reached the city on Tuesday.",
              "The evacuation of residents continued through the afternoon.",
              "Thousands of refugees crossed the border.",
              "Civilians were urged to stay close to a shelter."},
          0.15),
      new SyntheticTopic("grain_exports", "Grain exports",
          new String[] {"grain", "wheat", "black sea corridor", "cargo ships", "harvest"},
          new String[] {
              "Grain shipments resumed from the southern ports.",
              "Wheat prices fell after the announcement.",
              "Cargo ships are moving through the Black Sea corridor again.",
              "Farmers expect a smaller harvest this year."},
          0.12));

  /** Disjoint pairs, so every other pair of topics stays independent. */
  static final List<RaisedPair> RAISED_PAIRS = List.of(
      new RaisedPair(indexOf("energy"), indexOf("sanctions"), 2.5),
      new RaisedPair(indexOf("diplomacy"), indexOf("grain_exports"), 2.0));

  /** Pairs drawn independently (lift 1), stated in the manifest as controls. */
  static final List<int[]> INDEPENDENT_PAIRS = List.of(
      new int[] {indexOf("military"), indexOf("humanitarian")},
      new int[] {indexOf("energy"), indexOf("military")});

  static int size() {
    return TOPICS.size();
  }

  static SyntheticTopic get(int index) {
    return TOPICS.get(index);
  }

  static int indexOf(String id) {
    for (int i = 0; i < TOPICS.size(); i++) {
      if (TOPICS.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown synthetic topic " + id);
  }
}
