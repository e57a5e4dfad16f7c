package org.liveblog.analytics.schema;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Every published table's schema, grain and key, declared once. */
public final class Tables {

  private Tables() {}

  public static final String RUN_ID = "run_id";

  /** One input file inside runs.input_files. */
  public static final StructType FILE_TYPE = new StructType()
      .add("path", StringType, false).add("length", LongType, false).add("modified_at", TimestampType, false);

  /** One pre-publish check result inside runs.checks. */
  public static final StructType CHECK_TYPE = new StructType()
      .add("table", StringType, false).add("check", StringType, false).add("violations", LongType, false)
      .add("level", StringType, true);

  public static final TableSchema ENTRIES = new TableSchema(
      "entries",
      "One row per valid live-blog entry (the latest version when an entry was seen more than once).",
      List.of("entry_key"),
      Optional.of("published_date"),
      List.of(
          new ColumnDef("entry_key", StringType, false,
              "Stable key: first 32 hex digits of SHA-256 over outlet, blog_id and entry_id."),
          new ColumnDef("outlet", StringType, false, "Publisher, e.g. guardian."),
          new ColumnDef("blog_id", StringType, false, "The live page the entry belongs to."),
          new ColumnDef("entry_id", StringType, false, "The entry's id, unique within its blog."),
          new ColumnDef("published_at", TimestampType, false, "When the entry was first published (UTC)."),
          new ColumnDef("updated_at", TimestampType, true, "Last edit (UTC), when the source gives one."),
          new ColumnDef("headline", StringType, true, "The entry's own headline, if any."),
          new ColumnDef("blog_title", StringType, true, "Title of the live page."),
          new ColumnDef("blog_url", StringType, true, "URL of the live page."),
          new ColumnDef("author", StringType, true, "Author as given by the source."),
          new ColumnDef("is_key_event", BooleanType, false, "The outlet marked the entry as a key event."),
          new ColumnDef("language", StringType, false, "ISO 639-1 language code (default en)."),
          new ColumnDef("body_format", StringType, false, "Format of the source body: text or html."),
          new ColumnDef("text", StringType, false,
              "Cleaned plain text; paragraphs separated by a blank line (two newlines)."),
          new ColumnDef("text_chars", IntegerType, false,
              "Length of text in Unicode code points, the unit of every offset in the tables (Spark SQL and DuckDB"
                  + " length)."),
          new ColumnDef("source_file", StringType, false, "The input file the entry was read from."),
          new ColumnDef("record_index", StringType, false,
              "Position of the entry's record in source_file (line offset, row or block index)."),
          ColumnDef.runId(),
          new ColumnDef("published_date", DateType, false, "UTC date of published_at; the partition column.")))
      .withRules(
          new TableSchema.RowRule("text is not empty", "text_chars > 0 AND text_chars = length(text)"),
          new TableSchema.RowRule("published_date is the UTC date of published_at",
              "published_date = to_date(published_at)"));

  public static final TableSchema REJECTED_ENTRIES = new TableSchema(
      "rejected_entries",
      "One row per input record that did not become an entry, with the reason.",
      List.of("source_file", "record_index"),
      Optional.of("published_date"),
      List.of(
          new ColumnDef("reason", StringType, false,
              "Reason code: INVALID_JSON, INVALID_CSV_ROW, INVALID_UTF8, MISSING_FIELD, WRONG_TYPE,"
                  + " UNPARSABLE_TIMESTAMP, TIMESTAMP_OUT_OF_RANGE, EMPTY_BODY, BODY_TOO_LARGE, DUPLICATE_SUPERSEDED or"
                  + " PROCESSING_ERROR (a valid entry that a stage could not process)."),
          new ColumnDef("detail", StringType, true, "Which field and what was wrong with it."),
          new ColumnDef("source_file", StringType, false, "The input file the record was read from."),
          new ColumnDef("record_index", StringType, false,
              "Position of the record in its source (line offset or block index), unique within the file."),
          new ColumnDef("outlet", StringType, true, "Outlet of the record, where it could be read."),
          new ColumnDef("blog_id", StringType, true, "Blog of the record, where it could be read."),
          new ColumnDef("entry_id", StringType, true, "Entry id of the record, where it could be read."),
          new ColumnDef("raw_record", StringType, false, "The record as read (JSON text for structured inputs);"
              + " for DUPLICATE_SUPERSEDED and PROCESSING_ERROR, the entry as it was valid (its entries row as JSON)."),
          ColumnDef.runId(),
          new ColumnDef("published_date", DateType, true,
              "UTC date of the record's published_at where it parses, else null; the partition column.")))
      .withRules(new TableSchema.RowRule("reason is a known code",
          "reason IN ('INVALID_JSON', 'INVALID_CSV_ROW', 'INVALID_UTF8', 'MISSING_FIELD', 'WRONG_TYPE',"
              + " 'UNPARSABLE_TIMESTAMP', 'TIMESTAMP_OUT_OF_RANGE', 'EMPTY_BODY', 'BODY_TOO_LARGE',"
              + " 'DUPLICATE_SUPERSEDED', 'PROCESSING_ERROR')"));

  public static final TableSchema SENTENCES = new TableSchema(
      "sentences",
      "One row per sentence of an entry, with character offsets into the entry's text and the attributed speaker.",
      List.of("entry_key", "sentence_index"),
      Optional.of("published_date"),
      List.of(
          new ColumnDef("entry_key", StringType, false, "The entry the sentence belongs to."),
          new ColumnDef("outlet", StringType, false, "Publisher of the entry."),
          new ColumnDef("blog_id", StringType, false, "Live page of the entry."),
          new ColumnDef("published_at", TimestampType, false, "When the entry was first published (UTC)."),
          new ColumnDef("sentence_index", IntegerType, false, "0-based position of the sentence in the entry."),
          new ColumnDef("paragraph_index", IntegerType, false, "0-based position of its paragraph in the entry."),
          new ColumnDef("paragraph_start", IntegerType, false, "Offset of its paragraph's first character in entries.text."),
          new ColumnDef("paragraph_end", IntegerType, false, "Offset one past its paragraph's last character."),
          new ColumnDef("char_start", IntegerType, false, "Offset of the first character in entries.text."),
          new ColumnDef("char_end", IntegerType, false, "Offset one past the last character in entries.text."),
          new ColumnDef("text", StringType, false, "The sentence, equal to substring(entries.text, char_start, char_end)."),
          new ColumnDef("is_quote", BooleanType, false,
              "The sentence is quoted speech or a quoted document (inside quote marks or an introduced quote)."),
          new ColumnDef("speaker", StringType, true,
              "Who the sentence is attributed to, as written (e.g. Peskov, Reuters); null when unattributed."),
          new ColumnDef("speaker_cue", StringType, true,
              "The pattern that attributed it: colon_intro, quote_said, reported_speech, according_to,"
                  + " agency_report; null when unattributed."),
          ColumnDef.runId(),
          new ColumnDef("published_date", DateType, false, "UTC date of published_at; the partition column.")))
      .withRules(
          new TableSchema.RowRule("offsets are ordered",
              "0 <= paragraph_start AND paragraph_start <= char_start AND char_start < char_end"
                  + " AND char_end <= paragraph_end"),
          new TableSchema.RowRule("text spans its offsets", "length(text) = char_end - char_start"),
          new TableSchema.RowRule("a speaker comes with its cue", "speaker IS NULL OR speaker_cue IS NOT NULL"))
      .withReferences(new TableSchema.Reference("entry_key", "entries", "entry_key"));

  /** One dated role inside actors.roles. */
  public static final StructType ROLE_TYPE = new StructType()
      .add("role", StringType, false).add("of", StringType, false)
      .add("from", DateType, false).add("to", DateType, true);

  public static final TableSchema ACTORS = new TableSchema(
      "actors",
      "One row per actor of the registry the run used (replaced by every run that runs the actors stage).",
      List.of("actor_id"),
      Optional.empty(),
      List.of(
          new ColumnDef("actor_id", StringType, false, "Stable id from the registry (ISO alpha-3 for states)."),
          new ColumnDef("name", StringType, false, "Canonical name."),
          new ColumnDef("type", StringType, false,
              "person, state, organisation, agency, media, armed_group or place."),
          new ColumnDef("country", StringType, true, "ISO alpha-3 of the actor's country, where known."),
          new ColumnDef("parent", StringType, true, "actor_id of the state or organisation a body belongs to."),
          new ColumnDef("aliases", DataTypes.createArrayType(StringType, false), false,
              "Every alias as written in the registry (names, surnames, acronyms, titles)."),
          new ColumnDef("demonyms", DataTypes.createArrayType(StringType, false), false, "Demonyms (states)."),
          new ColumnDef("metonyms", DataTypes.createArrayType(StringType, false), false,
              "Places that stand for the actor's government (the Kremlin, Downing Street)."),
          new ColumnDef("roles", DataTypes.createArrayType(ROLE_TYPE, false), false,
              "Dated roles of a person: role, of (actor_id), from (inclusive), to (exclusive, null while current)."),
          new ColumnDef("registry_hash", StringType, false,
              "SHA-256 of the registry file: equal hashes, equal registries (also in runs.versions)."),
          new ColumnDef("registry_source", StringType, false, "The registry file or resource that was loaded."),
          ColumnDef.runId()));

  public static final TableSchema ACTOR_MENTIONS = new TableSchema(
      "actor_mentions",
      "One row per mention of an actor in a sentence: a span of an entry's text that a registry form matched.",
      List.of("entry_key", "char_start"),
      Optional.of("published_date"),
      List.of(
          new ColumnDef("entry_key", StringType, false, "The entry the mention is in."),
          new ColumnDef("outlet", StringType, false, "Publisher of the entry."),
          new ColumnDef("blog_id", StringType, false, "Live page of the entry."),
          new ColumnDef("published_at", TimestampType, false, "When the entry was first published (UTC)."),
          new ColumnDef("sentence_index", IntegerType, false, "The sentence (sentences.sentence_index)."),
          new ColumnDef("char_start", IntegerType, false, "Offset of the mention's first character in entries.text."),
          new ColumnDef("char_end", IntegerType, false, "Offset one past its last character in entries.text."),
          new ColumnDef("surface", StringType, false, "The mention as written: substring(entries.text, char_start, char_end)."),
          new ColumnDef("actor_id", StringType, true,
              "The actor mentioned; null when the form is ambiguous and nothing in the context decides (see candidates)."),
          new ColumnDef("actor_type", StringType, true, "Type of the actor (actors.type); null when unresolved."),
          new ColumnDef("kind", StringType, false,
              "name (a name, bare surname or acronym), metonym, demonym or title (a role phrase such as 'Kremlin"
                  + " spokesperson')."),
          new ColumnDef("form", StringType, false,
              "The registry form kind that matched: name, surname, acronym, title, demonym, metonym (a seat of"
                  + " government such as 'the Kremlin') or city (a city standing for its government, such as 'Moscow')."),
          new ColumnDef("resolution", StringType, false,
              "How the actor was decided: unique (the form names one actor), role_on_date (a title, by who held the"
                  + " role that day), full_name_in_blog (a shared surname after one person's full name in the same"
                  + " blog and day), context (the only candidate already mentioned in the entry or blog that day, or"
                  + " whose country is), ambiguous or no_role_holder (unresolved: actor_id is null)."),
          new ColumnDef("candidates", DataTypes.createArrayType(StringType, false), false,
              "Every actor the form can name, sorted; one element when the form is unique."),
          new ColumnDef("role", StringType, true,
              "For a person: the role held on published_date (the title's role for a title), else the first held."),
          new ColumnDef("role_of", StringType, true, "actor_id of the state or organisation of that role."),
          new ColumnDef("in_quote", BooleanType, false, "The sentence is quoted speech (sentences.is_quote)."),
          new ColumnDef("speaker", StringType, true, "Who the sentence is attributed to, as written (sentences.speaker)."),
          new ColumnDef("speaker_actor_id", StringType, true,
              "The speaker resolved to an actor by the same rules; null when unattributed or not resolved."),
          ColumnDef.runId(),
          new ColumnDef("published_date", DateType, false, "UTC date of published_at; the partition column.")))
      .withRules(
          new TableSchema.RowRule("offsets are ordered",
              "0 <= char_start AND char_start < char_end AND length(surface) = char_end - char_start"),
          new TableSchema.RowRule("an actor exactly when resolved",
              "(actor_id IS NULL) = (resolution IN ('ambiguous', 'no_role_holder'))"),
          new TableSchema.RowRule("a resolved actor is one of the candidates",
              "actor_id IS NULL OR array_contains(candidates, actor_id)"),
          new TableSchema.RowRule("kind is known", "kind IN ('name', 'metonym', 'demonym', 'title')"))
      .withReferences(
          new TableSchema.Reference("entry_key", "entries", "entry_key"),
          new TableSchema.Reference("actor_id", "actors", "actor_id"));

  public static final TableSchema ACTOR_MENTION_COUNTS = new TableSchema(
      "actor_mention_counts",
      "One row per granularity (hour, day, week), period, outlet (and 'all') and actor with at least one resolved"
          + " mention in the period; recomputed over the whole published corpus by every actors stage.",
      List.of("granularity", "period_start", "outlet", "actor_id"),
      Optional.empty(),
      List.of(
          new ColumnDef("granularity", StringType, false, "hour, day or week (ISO weeks, starting Monday)."),
          new ColumnDef("period_start", TimestampType, false, "Start of the period (UTC)."),
          new ColumnDef("outlet", StringType, false, "The outlet, or 'all' for every outlet together."),
          new ColumnDef("actor_id", StringType, false, "The actor (actors.actor_id)."),
          new ColumnDef("mentions", LongType, false, "Resolved mentions of the actor in the period."),
          new ColumnDef("entries", LongType, false, "Entries that mention the actor."),
          new ColumnDef("blogs", LongType, false, "Blogs (live pages) that mention the actor."),
          new ColumnDef("period_entries", LongType, false, "Every entry of the outlet published in the period."),
          new ColumnDef("share_of_entries", DoubleType, false, "entries / period_entries."),
          new ColumnDef("rank", IntegerType, false,
              "Rank of the actor by mentions in the period and outlet (1 = most; ties share a rank)."),
          new ColumnDef("previous_mentions", LongType, false, "Mentions in the period before (0 when none)."),
          new ColumnDef("change", LongType, false, "mentions - previous_mentions."),
          new ColumnDef("window_periods", IntegerType, false,
              "Periods in the trailing window (up to 48 hours, 28 days or 12 weeks, fewer at the corpus start)."),
          new ColumnDef("trailing_mean", DoubleType, true,
              "Mean mentions per period over the trailing window (periods without mentions count as 0)."),
          new ColumnDef("trailing_std", DoubleType, true, "Population standard deviation over the same window."),
          new ColumnDef("spike_z", DoubleType, true,
              "(mentions - trailing_mean) / max(trailing_std, 1): how unusual the period is; null with fewer than"
                  + " 12 hours, 7 days or 4 weeks of history."),
          ColumnDef.runId()))
      .withRules(
          new TableSchema.RowRule("granularity is known", "granularity IN ('hour', 'day', 'week')"),
          new TableSchema.RowRule("counts are consistent",
              "0 < blogs AND blogs <= entries AND entries <= mentions AND entries <= period_entries"
                  + " AND change = mentions - previous_mentions"))
      .withReferences(new TableSchema.Reference("actor_id", "actors", "actor_id"));

  public static final TableSchema ACTOR_CANDIDATES = new TableSchema(
      "actor_candidates",
      "One row per date and name-like phrase that no registry form matched (capitalised word sequences in cased"
          + " text, and unresolved speakers), to curate the registry from; sum over dates for totals.",
      List.of("published_date", "phrase"),
      Optional.of("published_date"),
      List.of(
          new ColumnDef("phrase", StringType, false, "The phrase as written (leading articles removed)."),
          new ColumnDef("mentions", LongType, false, "Occurrences on the date."),
          new ColumnDef("entries", LongType, false, "Entries it occurs in."),
          new ColumnDef("blogs", LongType, false, "Blogs it occurs in."),
          new ColumnDef("as_speaker", LongType, false, "Occurrences as the attributed speaker of a sentence."),
          new ColumnDef("example_entry_keys", DataTypes.createArrayType(StringType, false), false,
              "Up to three entries it occurs in (the smallest keys)."),
          new ColumnDef("example_sentence", StringType, false, "A sentence it occurs in, from the first example entry."),
          ColumnDef.runId(),
          new ColumnDef("published_date", DateType, false, "UTC date of the entries; the partition column.")))
      .withRules(new TableSchema.RowRule("counts are consistent",
          "0 < blogs AND blogs <= entries AND entries <= mentions AND as_speaker <= mentions"));

  public static final TableSchema RUNS = new TableSchema(
      "runs",
      "One row per run that held the warehouse lock, whether it published or failed; appended, never rewritten.",
      List.of(RUN_ID),
      Optional.empty(),
      List.of(
          ColumnDef.runId(),
          new ColumnDef("command", StringType, false, "The command: ingest or run."),
          new ColumnDef("status", StringType, false, "succeeded (its tables were published) or failed (nothing was)."),
          new ColumnDef("started_at", TimestampType, false, "When the run started (UTC)."),
          new ColumnDef("ended_at", TimestampType, false, "When it published or failed (UTC)."),
          new ColumnDef("config", StringType, false, "The resolved configuration, one key=value per line."),
          new ColumnDef("config_hash", StringType, false, "SHA-256 of config: equal hashes, equal settings."),
          new ColumnDef("code_version", StringType, false, "Version of the job jar (dev when run from classes)."),
          new ColumnDef("versions", DataTypes.createMapType(StringType, StringType), false,
              "Content hash or version of everything that shapes the results, by name: config, code, and each"
                  + " registry, lexicon, taxonomy or model a stage loads (added by the stage that loads it)."),
          new ColumnDef("rows_read", LongType, false, "Input records read (in a backfill: those dated in its range)."),
          new ColumnDef("rows_valid", LongType, false,
              "Records read that passed validation (including older versions later superseded)."),
          new ColumnDef("rows_rejected", LongType, false, "Records read that failed validation."),
          new ColumnDef("rows_written", DataTypes.createMapType(StringType, LongType), false,
              "Rows written per table."),
          new ColumnDef("stage_seconds", DataTypes.createMapType(StringType, DoubleType), false,
              "Wall-clock seconds per stage."),
          new ColumnDef("entries_quarantined", LongType, true,
              "Valid entries a stage could not process (its code threw, or a row it produced broke a row rule),"
                  + " moved to rejected_entries as PROCESSING_ERROR; the run fails when they pass --max-failed-share."),
          new ColumnDef("checks", DataTypes.createArrayType(CHECK_TYPE), false,
              "Every check: table, check, the number of violating rows (0 = passed) and level: error (a failure"
                  + " blocks the publish) or warning (recorded and printed)."),
          new ColumnDef("scope", StringType, false,
              "What the run published: full, dates FROM..TO (those partitions), or incremental DATES (the partitions"
                  + " its new input touched)."),
          new ColumnDef("input_files", DataTypes.createArrayType(FILE_TYPE), false,
              "The input files the run read, with length and modification time; incremental runs skip these."),
          new ColumnDef("error", StringType, true, "Why a failed run failed.")));

  /** The table called {@code name}, if there is one. */
  public static Optional<TableSchema> byName(String name) {
    return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** Every table in publishing order: input, actors, stance ({@link StanceTables}), topics ({@link TopicTables}), runs. */
  public static final List<TableSchema> ALL = java.util.stream.Stream.of(
          List.of(ENTRIES, REJECTED_ENTRIES, SENTENCES, ACTORS, ACTOR_MENTIONS, ACTOR_MENTION_COUNTS, ACTOR_CANDIDATES),
          StanceTables.ALL, TopicTables.ALL, List.of(RUNS))
      .flatMap(List::stream).toList();
}
