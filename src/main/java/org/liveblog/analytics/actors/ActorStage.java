package org.liveblog.analytics.actors;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sum;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.liveblog.analytics.schema.InputColumns;
import org.liveblog.analytics.schema.Tables;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The actors stage over the sentences: find every registry form in one pass per sentence ({@link AliasMatcher} in
 * {@code mapPartitions}, the lexicon broadcast once), then decide each span's actor with the context of its blog and
 * day ({@link MentionResolver}; the spans, not the texts, are shuffled for that), and collect the name-like phrases
 * the registry missed. Every method is pure: no reads, writes or actions.
 */
public final class ActorStage {

  public static final String STAGE = "actors";

  private static final String[] SENTENCE_COLUMNS = {
    "entry_key", "outlet", "blog_id", "published_at", "published_date", "sentence_index", "char_start", "text",
    "is_quote", "speaker"
  };

  /** One matched span before its actor is decided; forms are the lexicon's form indices. */
  static final StructType SPAN_TYPE = new StructType()
      .add("entry_key", DataTypes.StringType, false)
      .add("outlet", DataTypes.StringType, false)
      .add("blog_id", DataTypes.StringType, false)
      .add("published_at", DataTypes.TimestampType, false)
      .add("published_date", DataTypes.DateType, false)
      .add("sentence_index", DataTypes.IntegerType, false)
      .add("char_start", DataTypes.IntegerType, false)
      .add("char_end", DataTypes.IntegerType, false)
      .add("surface", DataTypes.StringType, false)
      .add("forms", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
      .add("in_quote", DataTypes.BooleanType, false)
      .add("speaker", DataTypes.StringType, true)
      .add("speaker_forms", DataTypes.createArrayType(DataTypes.IntegerType, false), true)
      .add("parts", DataTypes.createArrayType(new StructType()
          .add("start", DataTypes.IntegerType, false)
          .add("end", DataTypes.IntegerType, false)
          .add("forms", DataTypes.createArrayType(DataTypes.IntegerType, false), false), false), true);

  private static final StructType CANDIDATE_TYPE = new StructType()
      .add("published_date", DataTypes.DateType, false)
      .add("phrase", DataTypes.StringType, false)
      .add("entry_key", DataTypes.StringType, false)
      .add("blog_id", DataTypes.StringType, false)
      .add("as_speaker", DataTypes.IntegerType, false)
      .add("sentence", DataTypes.StringType, false);

  private ActorStage() {}

  /** Rows of {@link Tables#ACTOR_MENTIONS} for {@code sentences} (rows of {@link Tables#SENTENCES}). */
  public static Dataset<Row> mentions(Dataset<Row> sentences, Broadcast<ActorLexicon> lexicon, String runId) {
    return resolve(spans(sentences, lexicon), lexicon, runId);
  }

  /**
   * Every matched span of every sentence, unresolved: the narrow matching pass alone, one output row per span (the
   * first half of {@link #mentions}; public for the benchmarks).
   */
  public static Dataset<Row> spans(Dataset<Row> sentences, Broadcast<ActorLexicon> lexicon) {
    InputColumns.require(STAGE, sentences, Tables.SENTENCES, SENTENCE_COLUMNS);
    return sentences
        .select(SENTENCE_COLUMNS[0], Arrays.copyOfRange(SENTENCE_COLUMNS, 1, SENTENCE_COLUMNS.length))
        .flatMap(new SpanRows(lexicon), Encoders.row(SPAN_TYPE));
  }

  /**
   * Decides the spans' actors: spans of one blog and day meet in one partition, in publishing order, so that a
   * surname can follow its full name.
   */
  static Dataset<Row> resolve(Dataset<Row> spans, Broadcast<ActorLexicon> lexicon, String runId) {
    return spans
        .repartition(col("outlet"), col("blog_id"), col("published_date"))
        .sortWithinPartitions("outlet", "blog_id", "published_date", "published_at", "entry_key", "char_start")
        .mapPartitions(new ResolvedRows(lexicon, runId), Encoders.row(Tables.ACTOR_MENTIONS.sparkType()));
  }

  /** Rows of {@link Tables#ACTOR_CANDIDATES}: per date, the phrases found in cased sentences and unresolved speakers. */
  public static Dataset<Row> candidates(Dataset<Row> sentences, Broadcast<ActorLexicon> lexicon, String runId) {
    InputColumns.require(STAGE, sentences, Tables.SENTENCES, SENTENCE_COLUMNS);
    return sentences
        .select("published_date", "entry_key", "blog_id", "text", "speaker")
        .flatMap(new CandidateRows(lexicon), Encoders.row(CANDIDATE_TYPE))
        .groupBy("published_date", "phrase")
        .agg(count(lit(1)).as("mentions"),
            count_distinct(col("entry_key")).as("entries"),
            count_distinct(col("blog_id")).as("blogs"),
            sum(col("as_speaker")).cast("long").as("as_speaker"),
            slice(array_sort(collect_set(col("entry_key"))), 1, 3).as("example_entry_keys"),
            min_by(col("sentence"), col("entry_key")).as("example_sentence"))
        .withColumn(Tables.RUN_ID, lit(runId));
  }

  /** Rows of {@link Tables#ACTORS}: the registry as used. */
  public static Dataset<Row> actors(SparkSession spark, ActorRegistry registry, String runId) {
    List<Row> rows = new ArrayList<>(registry.size());
    for (Actor actor : registry.actors()) {
      List<Row> roles = actor.roles().stream()
          .map(r -> RowFactory.create(r.role(), r.of(), Date.valueOf(r.from()), r.to() == null ? null : Date.valueOf(r.to())))
          .toList();
      rows.add(RowFactory.create(actor.actorId(), actor.name(), actor.type().jsonValue(), actor.country(),
          actor.parent(), texts(actor.aliases()), texts(actor.demonyms()), texts(actor.metonyms()),
          CollectionConverters.asScala(roles).toSeq(), registry.contentHash(), registry.source(), runId));
    }
    return spark.createDataFrame(rows, Tables.ACTORS.sparkType());
  }

  private static scala.collection.immutable.Seq<String> texts(List<SurfaceForm> forms) {
    return CollectionConverters.asScala(forms.stream().map(SurfaceForm::text).toList()).toSeq();
  }

  /** Per sentence: its spans, each with the forms that matched it exactly there and the speaker's forms. */
  private static final class SpanRows implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<ActorLexicon> lexicon;
    private transient AliasMatcher.Matches matches;
    private transient AliasMatcher.Matches speakerMatches;

    SpanRows(Broadcast<ActorLexicon> lexicon) {
      this.lexicon = lexicon;
    }

    @Override
    public Iterator<Row> call(Row sentence) {
      if (matches == null) {
        matches = new AliasMatcher.Matches();
        speakerMatches = new AliasMatcher.Matches();
      }
      ActorLexicon lex = lexicon.value();
      String text = sentence.getString(7);
      AliasMatcher matcher = lex.matcherFor(text);
      matcher.match(text, matches);
      if (matches.size() == 0) {
        return Collections.emptyIterator();
      }
      int offset = sentence.getInt(6);
      Object speakerForms = null;
      if (!sentence.isNullAt(9)) {
        String speaker = sentence.getString(9);
        AliasMatcher speakerMatcher = lex.matcherFor(speaker);
        speakerMatcher.match(speaker, speakerMatches);
        speakerForms = speakerMatches.size() == 0 ? null : formsAt(speakerMatcher, speakerMatches, longest(speakerMatches));
      }
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < matches.size(); ) {
        int start = matches.start(i);
        int end = matches.end(i);
        Object parts = null;
        int first = i;
        boolean title = false;
        for (; i < matches.size() && matches.start(i) == start; i++) {
          title |= lex.formKind(matcher.payload(matches.pattern(i))) == FormKind.TITLE;
        }
        String surface = text.substring(start, end);
        if (isPlace(lex, matcher, matches, first, i, text)) {
          continue;
        }
        if (title) {
          parts = parts(lex, surface, offset + start);
        }
        rows.add(RowFactory.create(sentence.get(0), sentence.get(1), sentence.get(2), sentence.get(3),
            sentence.get(4), sentence.get(5), offset + start, offset + end, surface,
            formsAt(matcher, matches, first), sentence.get(8), sentence.get(9), speakerForms, parts));
      }
      return rows.iterator();
    }
  }

  /** Whether matches {@code first} until {@code end} (one span) are only metonyms, used as a place (see PlaceUse). */
  private static boolean isPlace(ActorLexicon lexicon, AliasMatcher matcher, AliasMatcher.Matches matches, int first,
      int end, String text) {
    for (int i = first; i < end; i++) {
      if (lexicon.formKind(matcher.payload(matches.pattern(i))) != FormKind.METONYM) {
        return false;
      }
    }
    return PlaceUse.isPlace(text, matches.start(first), matches.end(first));
  }

  /** The forms inside a title's text (offsets into the entry), in case it turns out to be appositive. */
  private static scala.collection.immutable.Seq<Row> parts(ActorLexicon lexicon, String title, int offset) {
    AliasMatcher matcher = lexicon.matcherWithoutTitlesFor(title);
    AliasMatcher.Matches found = new AliasMatcher.Matches();
    matcher.match(title, found);
    List<Row> parts = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      if (i == 0 || found.start(i) != found.start(i - 1)) {
        parts.add(RowFactory.create(offset + found.start(i), offset + found.end(i), formsAt(matcher, found, i)));
      }
    }
    return CollectionConverters.asScala(parts).toSeq();
  }

  /** The first of the longest matches. */
  private static int longest(AliasMatcher.Matches matches) {
    int best = 0;
    for (int i = 1; i < matches.size(); i++) {
      if (matches.end(i) - matches.start(i) > matches.end(best) - matches.start(best)) {
        best = i;
      }
    }
    return best;
  }

  /** The forms of every match on the span of match {@code first} (same-span matches are adjacent). */
  private static scala.collection.immutable.Seq<Integer> formsAt(AliasMatcher matcher, AliasMatcher.Matches matches,
      int first) {
    List<Integer> forms = new ArrayList<>(2);
    int start = matches.start(first);
    for (int i = first; i < matches.size() && matches.start(i) == start; i++) {
      forms.add(matcher.payload(matches.pattern(i)));
    }
    return CollectionConverters.asScala(forms).toSeq();
  }

  /**
   * Spans of one blog and day, entry by entry, in the order {@link #resolve} sorted them. An appositive title (next
   * to its holder's name) gives way to the mentions its own words make.
   */
  private static final class ResolvedRows implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<ActorLexicon> lexicon;
    private final String runId;

    ResolvedRows(Broadcast<ActorLexicon> lexicon, String runId) {
      this.lexicon = lexicon;
      this.runId = runId;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
      ActorLexicon lex = lexicon.value();
      MentionResolver resolver = new MentionResolver(lex);
      return new Iterator<>() {
        private final List<Row> entry = new ArrayList<>();
        private final List<MentionResolver.Span> spans = new ArrayList<>();
        private final List<Row> out = new ArrayList<>();
        private Row pending;
        private String blogDay;
        private int next;

        @Override
        public boolean hasNext() {
          while (next >= out.size()) {
            out.clear();
            next = 0;
            if (pending == null && input.hasNext()) {
              pending = input.next();
            }
            if (pending == null) {
              return false;
            }
            readEntry();
          }
          return true;
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return out.get(next++);
        }

        /** Reads the spans of the next entry, resolves them and fills {@code out}. */
        private void readEntry() {
          entry.clear();
          spans.clear();
          String entryKey = pending.getString(0);
          String day = pending.getString(1) + '\u0000' + pending.getString(2) + '\u0000' + pending.get(4);
          if (!day.equals(blogDay)) {
            resolver.startBlogDay();
            blogDay = day;
          }
          while (pending != null && pending.getString(0).equals(entryKey)) {
            entry.add(pending);
            spans.add(new MentionResolver.Span(ints(pending.getList(9))));
            pending = input.hasNext() ? input.next() : null;
          }
          long epochDay = entry.get(0).getDate(4).toLocalDate().toEpochDay();
          resolver.resolveEntry(epochDay, spans);
          int n = entry.size();
          int[] starts = new int[n];
          int[] ends = new int[n];
          int[] sentences = new int[n];
          for (int i = 0; i < n; i++) {
            starts[i] = entry.get(i).getInt(6);
            ends[i] = entry.get(i).getInt(7);
            sentences[i] = entry.get(i).getInt(5);
          }
          for (int i = 0; i < n; i++) {
            Row row = entry.get(i);
            int speaker = row.isNullAt(12) ? -1
                : resolver.resolveInContext(new MentionResolver.Span(ints(row.getList(12))), epochDay);
            if (!row.isNullAt(13) && MentionResolver.isAppositiveTitle(spans, i, starts, ends, sentences, lex)) {
              String surface = row.getString(8);
              for (Row part : row.<Row>getList(13)) {
                MentionResolver.Span span = new MentionResolver.Span(ints(part.getList(2)));
                resolver.resolveInContext(span, epochDay);
                out.add(mentionRow(row, span, part.getInt(0), part.getInt(1),
                    surface.substring(part.getInt(0) - starts[i], part.getInt(1) - starts[i]), speaker));
              }
            } else {
              out.add(mentionRow(row, spans.get(i), starts[i], ends[i], row.getString(8), speaker));
            }
          }
        }

        private Row mentionRow(Row row, MentionResolver.Span span, int start, int end, String surface, int speaker) {
          String[] candidates = new String[span.candidates.length];
          for (int c = 0; c < candidates.length; c++) {
            candidates[c] = lex.actorId(span.candidates[c]);
          }
          Arrays.sort(candidates);
          FormKind form = lex.formKind(span.form);
          boolean resolved = span.actor >= 0;
          return RowFactory.create(row.get(0), row.get(1), row.get(2), row.get(3), row.get(5), start, end, surface,
              resolved ? lex.actorId(span.actor) : null,
              resolved ? lex.actorType(span.actor) : null,
              form.mentionKind(), form.jsonValue(), span.resolution,
              CollectionConverters.asScala(List.of(candidates)).toSeq(),
              span.role < 0 ? null : lex.roleText(span.role),
              span.role < 0 ? null : lex.roleOf(span.role),
              row.get(10), row.get(11),
              speaker < 0 ? null : lex.actorId(speaker),
              runId, row.get(4));
        }
      };
    }
  }

  private static int[] ints(List<Integer> values) {
    int[] out = new int[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  /** Per sentence: candidate phrases from cased text outside the matched spans, and an unresolved speaker. */
  private static final class CandidateRows implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<ActorLexicon> lexicon;
    private transient AliasMatcher.Matches matches;

    CandidateRows(Broadcast<ActorLexicon> lexicon) {
      this.lexicon = lexicon;
    }

    @Override
    public Iterator<Row> call(Row sentence) {
      if (matches == null) {
        matches = new AliasMatcher.Matches();
      }
      ActorLexicon lex = lexicon.value();
      String text = sentence.getString(3);
      List<Row> rows = new ArrayList<>();
      if (ActorLexicon.isCased(text)) {
        lex.matcherFor(text).match(text, matches);
        for (String phrase : CandidatePhrases.find(text, matches)) {
          rows.add(RowFactory.create(sentence.get(0), phrase, sentence.get(1), sentence.get(2), 0, text));
        }
      }
      if (!sentence.isNullAt(4)) {
        String speaker = sentence.getString(4);
        lex.matcherFor(speaker).match(speaker, matches);
        if (matches.size() == 0 && !CandidatePhrases.isPronoun(speaker)) {
          rows.add(RowFactory.create(sentence.get(0), CandidatePhrases.withoutArticle(speaker), sentence.get(1),
              sentence.get(2), 1, text));
        }
      }
      return rows.iterator();
    }
  }
}
