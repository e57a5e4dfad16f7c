package org.liveblog.analytics.actors;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.liveblog.analytics.actors.matching.ActorLexicon;
import org.liveblog.analytics.actors.matching.AliasMatcher;
import org.liveblog.analytics.actors.matching.CandidatePhrases;
import org.liveblog.analytics.actors.matching.MetonymModel;
import org.liveblog.analytics.actors.registry.Actor;
import org.liveblog.analytics.actors.registry.ActorRegistry;
import org.liveblog.analytics.actors.registry.FormKind;
import org.liveblog.analytics.actors.registry.SurfaceForm;
import org.liveblog.analytics.actors.resolution.MentionResolver;
import org.liveblog.analytics.schema.InputColumns;
import org.liveblog.analytics.schema.Tables;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The actors stage over the sentences: find every registry form in one pass per sentence ({@link AliasMatcher} in a
 * function of the text column, the lexicon broadcast once), then decide each span's actor with the context of its
 * blog and day ({@link MentionResolver}; the spans, not the texts, are shuffled for that), and collect the name-like
 * phrases the registry missed. Every method is pure: no reads, writes or actions.
 */
public final class ActorStage {

  public static final String STAGE = "actors";

  private static final String[] SENTENCE_COLUMNS = {
    "entry_key", "outlet", "blog_id", "published_at", "published_date", "sentence_index", "char_start", "text",
    "is_quote", "speaker"
  };

  /** What the matching function returns per span of a sentence (the sentence's columns are kept by Spark). */
  private static final StructType FOUND_TYPE = new StructType()
      .add("start", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("surface", DataTypes.StringType, false)
      .add("forms", DataTypes.createArrayType(DataTypes.IntegerType, false), false);

  /** What the candidate function returns per phrase of a sentence. */
  private static final StructType PHRASE_TYPE = new StructType()
      .add("phrase", DataTypes.StringType, false)
      .add("as_speaker", DataTypes.IntegerType, false);

  private ActorStage() {}

  /** Rows of {@link Tables#ACTOR_MENTIONS} for {@code sentences} (rows of {@link Tables#SENTENCES}). */
  public static Dataset<Row> mentions(Dataset<Row> sentences, Broadcast<ActorLexicon> lexicon, String runId) {
    return resolve(spans(sentences, lexicon), lexicon, runId);
  }

  /**
   * Every matched span of every sentence, unresolved: the narrow matching pass alone, one output row per span (the
   * first half of {@link #mentions}; public for the benchmarks). Columns, in order: entry_key, outlet, blog_id,
   * published_at, published_date, sentence_index, char_start, char_end (entry offsets), surface, forms (the lexicon's
   * form indices that matched exactly there), in_quote, speaker.
   */
  public static Dataset<Row> spans(Dataset<Row> sentences, Broadcast<ActorLexicon> lexicon) {
    InputColumns.require(STAGE, sentences, Tables.SENTENCES, SENTENCE_COLUMNS);
    // A function of the text column alone, exploded: the other columns never leave Spark's own rows, which costs far
    // less than handing every sentence to a flatMap as a Row. The speaker's forms and a title's parts are found
    // later, for the few spans that need them.
    Column found = udf(new SpanFinder(lexicon), DataTypes.createArrayType(FOUND_TYPE, false)).apply(col("text"));
    return sentences
        .select(col("entry_key"), col("outlet"), col("blog_id"), col("published_at"), col("published_date"),
            col("sentence_index"), col("char_start"), col("is_quote"), col("speaker"), explode(found).as("span"))
        .select(col("entry_key"), col("outlet"), col("blog_id"), col("published_at"), col("published_date"),
            col("sentence_index"), col("char_start").plus(col("span.start")).as("char_start"),
            col("char_start").plus(col("span.end")).as("char_end"), col("span.surface"), col("span.forms"),
            col("is_quote").as("in_quote"), col("speaker"));
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
    Column found = udf(new PhraseFinder(lexicon), DataTypes.createArrayType(PHRASE_TYPE, false))
        .apply(col("text"), col("speaker"));
    return sentences
        .select(col("published_date"), col("entry_key"), col("blog_id"), col("text").as("sentence"),
            explode(found).as("found"))
        .select(col("published_date"), col("found.phrase").as("phrase"), col("entry_key"), col("blog_id"),
            col("found.as_speaker").as("as_speaker"), col("sentence"))
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

  /** Per sentence: its spans (offsets into the sentence), each with the forms that matched it exactly there. */
  private static final class SpanFinder implements UDF1<String, Row[]> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<ActorLexicon> lexicon;
    private transient AliasMatcher.Matches matches;

    SpanFinder(Broadcast<ActorLexicon> lexicon) {
      this.lexicon = lexicon;
    }

    @Override
    public Row[] call(String text) {
      if (matches == null) {
        matches = new AliasMatcher.Matches();
      }
      ActorLexicon lex = lexicon.value();
      AliasMatcher matcher = lex.matcherFor(text);
      matcher.match(text, matches);
      if (matches.size() == 0) {
        return null;
      }
      Row[] spans = new Row[matches.size()];
      int count = 0;
      for (int i = 0; i < matches.size(); ) {
        int start = matches.start(i);
        int end = matches.end(i);
        int first = i;
        while (i < matches.size() && matches.start(i) == start) {
          i++;
        }
        if (!isPlace(lex, matcher, matches, first, i, text)) {
          spans[count++] = RowFactory.create(start, end, text.substring(start, end), boxed(matcher, matches, first, i));
        }
      }
      return count == 0 ? null : count == spans.length ? spans : Arrays.copyOf(spans, count);
    }
  }

  /**
   * The functions return Java arrays, which Spark converts in one pass (a Scala sequence is mapped and then copied
   * into an array: with sequences the conversion took a quarter of the pass), and null rather than an empty array,
   * which costs no conversion at all; explode makes no row of either.
   */
  private static final Row[] NO_ROWS = new Row[0];

  /** The forms of matches {@code first} until {@code end} (one span), boxed for Spark. */
  private static Integer[] boxed(AliasMatcher matcher, AliasMatcher.Matches matches, int first, int end) {
    Integer[] forms = new Integer[end - first];
    for (int i = first; i < end; i++) {
      forms[i - first] = matcher.payload(matches.pattern(i));
    }
    return forms;
  }

  /** Whether matches {@code first} until {@code end} (one span) are only metonyms, used as a place (MetonymModel). */
  private static boolean isPlace(ActorLexicon lexicon, AliasMatcher matcher, AliasMatcher.Matches matches, int first,
      int end, String text) {
    FormKind kind = lexicon.metonymKind(matcher, matches, first, end);
    return kind != null
        && lexicon.metonymModel().isPlace(text, matches.start(first), matches.end(first), kind == FormKind.CITY);
  }

  /** A span inside an appositive title's text: entry offsets and the forms found there. */
  private record Part(int start, int end, MentionResolver.Span span) {}

  /** The forms inside a title's text ({@code offset}: the title's offset in the entry). */
  private static List<Part> parts(ActorLexicon lexicon, String title, int offset, AliasMatcher.Matches found) {
    AliasMatcher matcher = lexicon.matcherWithoutTitlesFor(title);
    matcher.match(title, found);
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      if (i == 0 || found.start(i) != found.start(i - 1)) {
        parts.add(new Part(offset + found.start(i), offset + found.end(i),
            new MentionResolver.Span(formsAt(matcher, found, i))));
      }
    }
    return parts;
  }

  /** The forms of a speaker's longest match, or null when nothing in it matches. */
  private static int[] speakerForms(ActorLexicon lexicon, String speaker, AliasMatcher.Matches found) {
    AliasMatcher matcher = lexicon.speakerMatcherFor(speaker);
    matcher.match(speaker, found);
    if (found.size() == 0) {
      return null;
    }
    int longest = 0;
    for (int i = 1; i < found.size(); i++) {
      if (found.end(i) - found.start(i) > found.end(longest) - found.start(longest)) {
        longest = i;
      }
    }
    return formsAt(matcher, found, longest);
  }

  /** The forms of every match on the span of match {@code first} (same-span matches are adjacent). */
  private static int[] formsAt(AliasMatcher matcher, AliasMatcher.Matches matches, int first) {
    int start = matches.start(first);
    int end = first + 1;
    while (end < matches.size() && matches.start(end) == start) {
      end++;
    }
    int[] forms = new int[end - first];
    for (int i = first; i < end; i++) {
      forms[i - first] = matcher.payload(matches.pattern(i));
    }
    return forms;
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
        private final AliasMatcher.Matches found = new AliasMatcher.Matches();
        private String speaker;
        private int[] speakerForms;
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
            int[] speakerForms = speakerForms(row.getString(11));
            int speaker = speakerForms == null ? -1
                : resolver.resolveInContext(new MentionResolver.Span(speakerForms), epochDay);
            if (MentionResolver.isAppositiveTitle(spans, i, starts, ends, sentences, lex)) {
              String surface = row.getString(8);
              for (Part part : parts(lex, surface, starts[i], found)) {
                resolver.resolveInContext(part.span(), epochDay);
                out.add(mentionRow(row, part.span(), part.start(), part.end(),
                    surface.substring(part.start() - starts[i], part.end() - starts[i]), speaker));
              }
            } else {
              out.add(mentionRow(row, spans.get(i), starts[i], ends[i], row.getString(8), speaker));
            }
          }
        }

        /** The forms of the sentence's speaker (null when it has none or none that matches), kept for the next span. */
        private int[] speakerForms(String name) {
          if (name == null) {
            return null;
          }
          if (!name.equals(speaker)) {
            speaker = name;
            speakerForms = ActorStage.speakerForms(lex, name, found);
          }
          return speakerForms;
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

  /** Per sentence (text, speaker): candidate phrases of cased text outside the matched spans, an unresolved speaker. */
  private static final class PhraseFinder implements UDF2<String, String, Row[]> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<ActorLexicon> lexicon;
    private transient AliasMatcher.Matches matches;

    PhraseFinder(Broadcast<ActorLexicon> lexicon) {
      this.lexicon = lexicon;
    }

    @Override
    public Row[] call(String text, String speaker) {
      if (matches == null) {
        matches = new AliasMatcher.Matches();
      }
      ActorLexicon lex = lexicon.value();
      List<Row> phrases = new ArrayList<>();
      if (ActorLexicon.isCased(text)) {
        lex.matcherFor(text).match(text, matches);
        for (String phrase : CandidatePhrases.find(text, matches)) {
          phrases.add(RowFactory.create(phrase, 0));
        }
      }
      if (speaker != null) {
        lex.speakerMatcherFor(speaker).match(speaker, matches);
        if (matches.size() == 0 && !CandidatePhrases.isPronoun(speaker)) {
          phrases.add(RowFactory.create(CandidatePhrases.withoutArticle(speaker), 1));
        }
      }
      return phrases.isEmpty() ? null : phrases.toArray(NO_ROWS);
    }
  }
}
