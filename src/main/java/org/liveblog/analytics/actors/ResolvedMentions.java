package org.liveblog.analytics.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.liveblog.analytics.actors.matching.ActorLexicon;
import org.liveblog.analytics.actors.matching.AliasMatcher;
import org.liveblog.analytics.actors.registry.FormKind;
import org.liveblog.analytics.actors.resolution.MentionResolver;
import org.liveblog.analytics.schema.RowBuilder;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stage.DeadLetter;
import org.liveblog.analytics.stage.DeadLetters;
import org.liveblog.analytics.text.Offsets;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The second half of {@link ActorMentions#mentions}: the spans of one blog and day, entry by entry, in publishing
 * order, resolved to actors ({@link MentionResolver}) and turned into rows of {@link Tables#ACTOR_MENTIONS}. An
 * appositive title (next to its holder's name) gives way to the mentions its own words make; the speaker's forms are
 * found here, for the spans that need them. An entry whose resolution throws, or one of whose sentences the matcher
 * threw on, gives no rows and is reported as a dead letter.
 */
final class ResolvedMentions implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private static final TableSchema OUT = Tables.ACTOR_MENTIONS;
  private static final int ENTRY_KEY = OUT.index("entry_key");
  private static final int OUTLET = OUT.index("outlet");
  private static final int BLOG_ID = OUT.index("blog_id");
  private static final int PUBLISHED_AT = OUT.index("published_at");
  private static final int SENTENCE_INDEX = OUT.index("sentence_index");
  private static final int CHAR_START = OUT.index("char_start");
  private static final int CHAR_END = OUT.index("char_end");
  private static final int SURFACE = OUT.index("surface");
  private static final int ACTOR_ID = OUT.index("actor_id");
  private static final int ACTOR_TYPE = OUT.index("actor_type");
  private static final int KIND = OUT.index("kind");
  private static final int FORM = OUT.index("form");
  private static final int RESOLUTION = OUT.index("resolution");
  private static final int CANDIDATES = OUT.index("candidates");
  private static final int ROLE = OUT.index("role");
  private static final int ROLE_OF = OUT.index("role_of");
  private static final int IN_QUOTE = OUT.index("in_quote");
  private static final int SPEAKER = OUT.index("speaker");
  private static final int SPEAKER_ACTOR_ID = OUT.index("speaker_actor_id");
  private static final int RUN_ID = OUT.index(Tables.RUN_ID);
  private static final int PUBLISHED_DATE = OUT.index("published_date");

  private final Broadcast<ActorLexicon> lexicon;
  private final DeadLetters deadLetters;
  private final String runId;
  private final int inKey;
  private final int inOutlet;
  private final int inBlog;
  private final int inPublishedAt;
  private final int inDate;
  private final int inSentence;
  private final int inStart;
  private final int inEnd;
  private final int inSurface;
  private final int inForms;
  private final int inQuote;
  private final int inSpeaker;
  private final int inFailed;

  ResolvedMentions(StructType spans, Broadcast<ActorLexicon> lexicon, DeadLetters deadLetters, String runId) {
    this.lexicon = lexicon;
    this.deadLetters = deadLetters;
    this.runId = runId;
    this.inKey = spans.fieldIndex("entry_key");
    this.inOutlet = spans.fieldIndex("outlet");
    this.inBlog = spans.fieldIndex("blog_id");
    this.inPublishedAt = spans.fieldIndex("published_at");
    this.inDate = spans.fieldIndex("published_date");
    this.inSentence = spans.fieldIndex("sentence_index");
    this.inStart = spans.fieldIndex("char_start");
    this.inEnd = spans.fieldIndex("char_end");
    this.inSurface = spans.fieldIndex("surface");
    this.inForms = spans.fieldIndex("forms");
    this.inQuote = spans.fieldIndex("in_quote");
    this.inSpeaker = spans.fieldIndex("speaker");
    this.inFailed = spans.fieldIndex("failed");
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    ActorLexicon lex = lexicon.value();
    MentionResolver resolver = new MentionResolver(lex);
    RowBuilder builder = RowBuilder.of(OUT);
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

      /** Reads the spans of the next entry, resolves them and fills {@code out}, or reports the entry. */
      private void readEntry() {
        entry.clear();
        String entryKey = pending.getString(inKey);
        String day = pending.getString(inOutlet) + '\u0000' + pending.getString(inBlog) + '\u0000'
            + pending.get(inDate);
        if (!day.equals(blogDay)) {
          resolver.startBlogDay();
          blogDay = day;
        }
        while (pending != null && pending.getString(inKey).equals(entryKey)) {
          entry.add(pending);
          pending = input.hasNext() ? input.next() : null;
        }
        try {
          for (Row span : entry) {
            if (span.getBoolean(inFailed)) {
              throw new IllegalStateException(span.getString(inSurface) + " (sentence " + span.getInt(inSentence)
                  + ")");
            }
          }
          resolveEntry();
        } catch (RuntimeException e) {
          out.clear();
          deadLetters.add(DeadLetter.of(entryKey, ActorMentions.STAGE, "resolving the entry's mentions", e));
        }
      }

      private void resolveEntry() {
        spans.clear();
        for (Row row : entry) {
          spans.add(new MentionResolver.Span(ints(row.getList(inForms))));
        }
        long epochDay = entry.get(0).getDate(inDate).toLocalDate().toEpochDay();
        resolver.resolveEntry(epochDay, spans);
        int n = entry.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        int[] sentences = new int[n];
        for (int i = 0; i < n; i++) {
          starts[i] = entry.get(i).getInt(inStart);
          ends[i] = entry.get(i).getInt(inEnd);
          sentences[i] = entry.get(i).getInt(inSentence);
        }
        for (int i = 0; i < n; i++) {
          Row row = entry.get(i);
          int[] speakerForms = speakerForms(row.getString(inSpeaker));
          int speaker = speakerForms == null ? -1
              : resolver.resolveInContext(new MentionResolver.Span(speakerForms), epochDay);
          if (MentionResolver.isAppositiveTitle(spans, i, starts, ends, sentences, lex)) {
            String surface = row.getString(inSurface);
            int[] codePoints = Offsets.codePointIndex(surface);
            for (Part part : parts(lex, surface, found)) {
              resolver.resolveInContext(part.span(), epochDay);
              out.add(mentionRow(row, part.span(), starts[i] + Offsets.toCodePoints(codePoints, part.start()),
                  starts[i] + Offsets.toCodePoints(codePoints, part.end()),
                  surface.substring(part.start(), part.end()), speaker));
            }
          } else {
            out.add(mentionRow(row, spans.get(i), starts[i], ends[i], row.getString(inSurface), speaker));
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
          speakerForms = ResolvedMentions.speakerForms(lex, name, found);
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
        return builder
            .set(ENTRY_KEY, row.get(inKey))
            .set(OUTLET, row.get(inOutlet))
            .set(BLOG_ID, row.get(inBlog))
            .set(PUBLISHED_AT, row.get(inPublishedAt))
            .set(SENTENCE_INDEX, row.get(inSentence))
            .set(CHAR_START, start)
            .set(CHAR_END, end)
            .set(SURFACE, surface)
            .set(ACTOR_ID, resolved ? lex.actorId(span.actor) : null)
            .set(ACTOR_TYPE, resolved ? lex.actorType(span.actor) : null)
            .set(KIND, form.mentionKind())
            .set(FORM, form.jsonValue())
            .set(RESOLUTION, span.resolution)
            .set(CANDIDATES, CollectionConverters.asScala(List.of(candidates)).toSeq())
            .set(ROLE, span.role < 0 ? null : lex.roleText(span.role))
            .set(ROLE_OF, span.role < 0 ? null : lex.roleOf(span.role))
            .set(IN_QUOTE, row.get(inQuote))
            .set(SPEAKER, row.get(inSpeaker))
            .set(SPEAKER_ACTOR_ID, speaker < 0 ? null : lex.actorId(speaker))
            .set(RUN_ID, runId)
            .set(PUBLISHED_DATE, row.get(inDate))
            .build();
      }
    };
  }

  /** A span inside an appositive title's text: UTF-16 offsets into the title's surface, and the forms found there. */
  private record Part(int start, int end, MentionResolver.Span span) {}

  /** The forms inside a title's text. */
  private static List<Part> parts(ActorLexicon lexicon, String title, AliasMatcher.Matches found) {
    AliasMatcher matcher = lexicon.matcherWithoutTitlesFor(title);
    matcher.match(title, found);
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      if (i == 0 || found.start(i) != found.start(i - 1)) {
        parts.add(new Part(found.start(i), found.end(i), new MentionResolver.Span(formsAt(matcher, found, i))));
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

  private static int[] ints(List<Integer> values) {
    int[] out = new int[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }
}
