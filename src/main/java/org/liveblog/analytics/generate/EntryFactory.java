package org.liveblog.analytics.generate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.liveblog.analytics.schema.RowBuilder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.liveblog.analytics.ingest.InputContract;

/**
 * Turns one id into its entry row (and, for a planted duplicate, also the older version). Every value is drawn from
 * a random stream seeded by (seed, id) only, so the rows do not depend on partitioning or on the other ids.
 */
final class EntryFactory implements FlatMapFunction<Long, Row> {

  private static final long serialVersionUID = 1L;

  private static final long MICROS_PER_SECOND = 1_000_000L;
  private static final long MICROS_PER_DAY = 86_400L * MICROS_PER_SECOND;
  private static final int FIRST_SECOND_OF_DAY = 5 * 3600;
  private static final int PUBLISHING_SECONDS = 18 * 3600;
  private static final double KEY_EVENT_PROBABILITY = 0.05;
  private static final double UPDATED_PROBABILITY = 0.3;
  private static final double MISSING_AUTHOR_PROBABILITY = 0.1;
  private static final double MISSING_HEADLINE_PROBABILITY = 0.3;
  private static final double HTML_STRONG_PROBABILITY = 0.2;
  private static final double HTML_LINK_PROBABILITY = 0.2;
  private static final LocalDate WAR_START = LocalDate.of(2022, 2, 24);
  private static final long ENTRY_ID_PURPOSE = 0x454e545259L;
  private static final long BLOG_TITLE_PURPOSE = 0x5449544c45L;

  /** Raw layout: the contract's columns, timestamps as epoch microseconds (converted by {@link CorpusGenerator}). */
  static final StructType RAW_SCHEMA = rawSchema();

  private final long seed;
  private final int days;
  private final int outlets;
  private final double htmlShare;
  private final long startMicros;
  private final String[] dates;
  private final String[] warDayLabels;
  /** mentionProbability[day][actor], precomputed so the hot loop only compares doubles. */
  private final double[][] mentionProbability;
  private final PlantedSignals.StancePair[] stancePairs;
  private final PlantedRows plantedRows;
  private final long entryIdKey;

  EntryFactory(GeneratorSettings settings, PlantedSignals signals, PlantedRows plantedRows) {
    this.seed = settings.seed();
    this.days = settings.days();
    this.outlets = settings.outlets();
    this.htmlShare = settings.htmlShare();
    this.startMicros = settings.startDate().atStartOfDay(ZoneOffset.UTC).toEpochSecond() * MICROS_PER_SECOND;
    this.dates = new String[days];
    this.warDayLabels = new String[days];
    this.mentionProbability = new double[days][ActorCatalogue.size()];
    for (int d = 0; d < days; d++) {
      LocalDate date = settings.startDate().plusDays(d);
      dates[d] = date.toString();
      long warDay = ChronoUnit.DAYS.between(WAR_START, date) + 1;
      warDayLabels[d] = warDay >= 1 ? "day " + warDay + ", " : "";
      for (int a = 0; a < ActorCatalogue.size(); a++) {
        mentionProbability[d][a] = signals.mentionProbability(a, d);
      }
    }
    this.stancePairs = signals.stancePairs().toArray(PlantedSignals.StancePair[]::new);
    this.plantedRows = plantedRows;
    this.entryIdKey = StableHash.derived(seed, ENTRY_ID_PURPOSE);
  }

  @Override
  public Iterator<Row> call(Long boxedId) {
    long id = boxedId;
    SplittableRandom rng = new SplittableRandom(StableHash.entrySeed(seed, id));
    int outlet = rng.nextInt(outlets);
    int day = rng.nextInt(days);
    long publishedAt = startMicros + day * MICROS_PER_DAY
        + (FIRST_SECOND_OF_DAY + rng.nextInt(PUBLISHING_SECONDS)) * MICROS_PER_SECOND;
    boolean html = rng.nextDouble() < htmlShare;
    boolean keyEvent = rng.nextDouble() < KEY_EVENT_PROBABILITY;
    String[] authors = OutletCatalogue.authors(outlet);
    String author = rng.nextDouble() < MISSING_AUTHOR_PROBABILITY ? null : authors[rng.nextInt(authors.length)];
    long updateDelay = (60 + rng.nextInt(5340)) * MICROS_PER_SECOND;
    boolean duplicated = plantedRows.isDuplicated(id);
    // A duplicated entry always has an updated_at, so that its older copy is unambiguously older.
    boolean updated = rng.nextDouble() < UPDATED_PROBABILITY || duplicated;
    Long updatedAt = updated ? publishedAt + updateDelay : null;

    boolean[] mentioned = drawActors(rng, day);
    List<int[]> statements = drawStatements(rng, day, mentioned);
    boolean[] topics = drawTopics(rng);
    List<EntryComposer.Paragraph> paragraphs = new EntryComposer(rng).compose(mentioned, statements, topics);
    boolean strong = rng.nextDouble() < HTML_STRONG_PROBABILITY;
    boolean link = rng.nextDouble() < HTML_LINK_PROBABILITY;
    String headline = rng.nextDouble() < MISSING_HEADLINE_PROBABILITY ? null : headline(rng, topics);

    String outletName = OutletCatalogue.name(outlet);
    String blogId = outletName + "-" + dates[day];
    String entryId = entryId(id);
    String blogTitle = blogTitle(outlet, day);
    String blogUrl = "https://example.org/" + outletName + "/live/" + dates[day];
    String body = BodyRenderer.render(paragraphs, paragraphs.size(), html, strong, link, outletName);
    String format = html ? "html" : "text";

    if (plantedRows.isReject(id)) {
      return List.of(reject(id, outletName, blogId, entryId, publishedAt, body, format, blogTitle, blogUrl,
          headline, author, updatedAt, keyEvent)).iterator();
    }
    Row original = row(outletName, blogId, entryId, publishedAt, body, format, blogTitle, blogUrl, headline,
        author, updatedAt, keyEvent);
    if (!duplicated) {
      return List.of(original).iterator();
    }
    // The older version: published but not yet edited, so one paragraph shorter and updated_at = published_at.
    int earlierParagraphs = Math.max(1, paragraphs.size() - 1);
    String earlierBody = BodyRenderer.render(paragraphs, earlierParagraphs, html, strong, link, outletName);
    Row older = row(outletName, blogId, entryId, publishedAt, earlierBody, format, blogTitle, blogUrl, headline,
        author, publishedAt, keyEvent);
    List<Row> rows = new ArrayList<>(2);
    rows.add(original);
    rows.add(older);
    return rows.iterator();
  }

  private boolean[] drawActors(SplittableRandom rng, int day) {
    double[] probabilities = mentionProbability[day];
    boolean[] mentioned = new boolean[probabilities.length];
    for (int a = 0; a < probabilities.length; a++) {
      mentioned[a] = rng.nextDouble() < probabilities[a];
    }
    return mentioned;
  }

  private List<int[]> drawStatements(SplittableRandom rng, int day, boolean[] mentioned) {
    List<int[]> statements = new ArrayList<>(2);
    for (PlantedSignals.StancePair pair : stancePairs) {
      // Draw unconditionally so that one pair's outcome never shifts the stream of the next.
      boolean speaks = rng.nextDouble() < PlantedSignals.STATEMENT_PROBABILITY;
      boolean dominant = rng.nextDouble() < PlantedSignals.DOMINANT_SHARE;
      if (speaks && mentioned[pair.source()] && mentioned[pair.target()]) {
        int score = pair.scoreOn(day);
        statements.add(new int[] {pair.source(), pair.target(), dominant ? score : -score});
      }
    }
    return statements;
  }

  private static boolean[] drawTopics(SplittableRandom rng) {
    boolean[] topics = new boolean[TopicCatalogue.size()];
    boolean[] drawn = new boolean[topics.length];
    for (TopicCatalogue.RaisedPair pair : TopicCatalogue.RAISED_PAIRS) {
      double pa = TopicCatalogue.get(pair.a()).probability();
      double pb = TopicCatalogue.get(pair.b()).probability();
      double joint = pair.lift() * pa * pb;
      double u = rng.nextDouble();
      // Four outcomes with P(both) = joint and the marginals unchanged.
      topics[pair.a()] = u < pa;
      topics[pair.b()] = u < joint || (u >= pa && u < pa + pb - joint);
      drawn[pair.a()] = true;
      drawn[pair.b()] = true;
    }
    for (int t = 0; t < topics.length; t++) {
      if (!drawn[t]) {
        topics[t] = rng.nextDouble() < TopicCatalogue.get(t).probability();
      }
    }
    return topics;
  }

  private static String headline(SplittableRandom rng, boolean[] topics) {
    for (int t = 0; t < topics.length; t++) {
      if (topics[t]) {
        return TopicCatalogue.get(t).label()
            + TextTemplates.HEADLINE_TAILS[rng.nextInt(TextTemplates.HEADLINE_TAILS.length)];
      }
    }
    return TextTemplates.GENERIC_HEADLINES[rng.nextInt(TextTemplates.GENERIC_HEADLINES.length)];
  }

  /** A bijective scramble of the id: unique across the corpus, and looks like a CMS block id. */
  private String entryId(long id) {
    String hex = Long.toHexString(StableHash.mix(id ^ entryIdKey));
    return "block-" + "0".repeat(16 - hex.length()) + hex;
  }

  /** The same for every entry of a blog, since it depends on the outlet and day only. */
  private String blogTitle(int outlet, int day) {
    long hash = StableHash.derived(seed, BLOG_TITLE_PURPOSE + outlet * 100_003L + day);
    String tail = TextTemplates.BLOG_TITLE_TAILS[StableHash.bounded(hash, TextTemplates.BLOG_TITLE_TAILS.length)];
    return "Russia-Ukraine war live: " + warDayLabels[day] + tail;
  }

  private Row reject(long id, String outlet, String blogId, String entryId, long publishedAt, String body,
      String format, String blogTitle, String blogUrl, String headline, String author, Long updatedAt,
      boolean keyEvent) {
    boolean alternate = plantedRows.rejectOrdinal(id) % 2 == 1;
    return switch (plantedRows.defect(id)) {
      case NULL_BODY -> row(outlet, blogId, entryId, publishedAt, null, format, blogTitle, blogUrl, headline,
          author, updatedAt, keyEvent);
      case NULL_ENTRY_ID -> row(outlet, blogId, null, publishedAt, body, format, blogTitle, blogUrl, headline,
          author, updatedAt, keyEvent);
      case PUBLISHED_BEFORE_1990 -> row(outlet, blogId, entryId,
          alternate ? LocalDate.of(1989, 12, 31).toEpochDay() * MICROS_PER_DAY + 12 * 3600 * MICROS_PER_SECOND : 0L,
          body, format, blogTitle, blogUrl, headline, author, null, keyEvent);
      case WHITESPACE_BODY -> row(outlet, blogId, entryId, publishedAt, alternate ? "   " : " \n\t\n  ", "text",
          blogTitle, blogUrl, headline, author, updatedAt, keyEvent);
      case TAGS_ONLY_BODY -> row(outlet, blogId, entryId, publishedAt,
          alternate ? "<p> </p>\n<p><br></p>" : "<div>\n  <p></p>\n  <p><br/> </p>\n</div>", "html",
          blogTitle, blogUrl, headline, author, updatedAt, keyEvent);
    };
  }

  private static Row row(String outlet, String blogId, String entryId, Long publishedAt, String body,
      String format, String blogTitle, String blogUrl, String headline, String author, Long updatedAt,
      boolean keyEvent) {
    return RowBuilder.of(RAW_SCHEMA)
        .set(OUTLET, outlet).set(BLOG_ID, blogId).set(ENTRY_ID, entryId).set(PUBLISHED_AT, publishedAt)
        .set(BODY, body).set(BODY_FORMAT, format).set(BLOG_TITLE, blogTitle).set(BLOG_URL, blogUrl)
        .set(HEADLINE, headline).set(AUTHOR, author).set(UPDATED_AT, updatedAt).set(IS_KEY_EVENT, keyEvent)
        .set(LANGUAGE, "en")
        .build();
  }

  private static final int OUTLET = RAW_SCHEMA.fieldIndex(InputContract.OUTLET);
  private static final int BLOG_ID = RAW_SCHEMA.fieldIndex(InputContract.BLOG_ID);
  private static final int ENTRY_ID = RAW_SCHEMA.fieldIndex(InputContract.ENTRY_ID);
  private static final int PUBLISHED_AT = RAW_SCHEMA.fieldIndex(InputContract.PUBLISHED_AT);
  private static final int BODY = RAW_SCHEMA.fieldIndex(InputContract.BODY);
  private static final int BODY_FORMAT = RAW_SCHEMA.fieldIndex(InputContract.BODY_FORMAT);
  private static final int BLOG_TITLE = RAW_SCHEMA.fieldIndex(InputContract.BLOG_TITLE);
  private static final int BLOG_URL = RAW_SCHEMA.fieldIndex(InputContract.BLOG_URL);
  private static final int HEADLINE = RAW_SCHEMA.fieldIndex(InputContract.HEADLINE);
  private static final int AUTHOR = RAW_SCHEMA.fieldIndex(InputContract.AUTHOR);
  private static final int UPDATED_AT = RAW_SCHEMA.fieldIndex(InputContract.UPDATED_AT);
  private static final int IS_KEY_EVENT = RAW_SCHEMA.fieldIndex(InputContract.IS_KEY_EVENT);
  private static final int LANGUAGE = RAW_SCHEMA.fieldIndex(InputContract.LANGUAGE);

  private static StructType rawSchema() {
    StructType contract = InputContract.nativeSchema();
    List<StructField> fields = new ArrayList<>();
    for (StructField field : contract.fields()) {
      boolean timestamp = field.dataType().sameType(DataTypes.TimestampType);
      // Every field nullable: planted rejects carry nulls in required fields, as a broken Parquet file can.
      fields.add(DataTypes.createStructField(field.name(), timestamp ? DataTypes.LongType : field.dataType(), true));
    }
    return DataTypes.createStructType(fields);
  }
}
