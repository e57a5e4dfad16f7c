package org.liveblog.analytics.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads Guardian Content API JSON: one response per file, either an item response ({@code response.content}) or a
 * search response ({@code response.results[]}), with {@code show-blocks=body}. Each element of
 * {@code blocks.body[]} is one entry: {@code id}, {@code bodyHtml} (or {@code bodyTextSummary}),
 * {@code firstPublishedDate}, {@code lastModifiedDate}, {@code title}, {@code attributes.keyEvent}.
 */
public final class GuardianApiSource implements EntrySource {

  static final String OUTLET = "guardian";

  @Override
  public Dataset<Row> candidates(SparkSession spark, List<Path> files, ColumnMapping mapping) {
    Dataset<Row> documents = spark.read().format("binaryFile")
        .load(files.stream().map(Path::toString).toArray(String[]::new))
        .select("path", "content");
    return documents.flatMap((FlatMapFunction<Row, Row>) GuardianApiSource::entriesOf, Encoders.row(Candidate.SCHEMA));
  }

  static Iterator<Row> entriesOf(Row document) {
    String file = document.getString(0);
    byte[] bytes = (byte[]) document.get(1);
    List<Row> out = new ArrayList<>();
    String text = new Utf8().decodeOrNull(bytes, bytes.length);
    if (text == null) {
      out.add(Candidate.unparsed(file, RecordKind.DOCUMENT, 0, Utf8.decodeLenient(bytes, bytes.length),
          RejectReason.INVALID_UTF8, "invalid UTF-8 at byte " + Utf8.firstInvalidByte(bytes, bytes.length), null));
      return out.iterator();
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      out.add(Candidate.unparsed(file, RecordKind.DOCUMENT, 0, text, RejectReason.INVALID_JSON,
          e.getOriginalMessage() + " at line " + e.getLocation().getLineNr(), null));
      return out.iterator();
    }
    List<JsonNode> items = items(root);
    if (items.isEmpty()) {
      out.add(Candidate.unparsed(file, RecordKind.DOCUMENT, 0, text, RejectReason.MISSING_FIELD,
          "no response.content.blocks.body[] or response.results[].blocks.body[] in the document", null));
      return out.iterator();
    }
    // Blocks are numbered across the items of a search response, so that one number places a block in its file.
    long index = 0;
    for (JsonNode item : items) {
      for (JsonNode block : item.path("blocks").path("body")) {
        out.add(entryOf(file, index++, item, block));
      }
    }
    return out.iterator();
  }

  private static List<JsonNode> items(JsonNode root) {
    JsonNode response = root.has("response") ? root.get("response") : root;
    List<JsonNode> items = new ArrayList<>();
    if (response.path("content").path("blocks").path("body").isArray()) {
      items.add(response.get("content"));
    } else if (response.path("results").isArray()) {
      for (JsonNode result : response.get("results")) {
        if (result.path("blocks").path("body").isArray()) {
          items.add(result);
        }
      }
    } else if (response.path("blocks").path("body").isArray()) {
      items.add(response);
    }
    return items;
  }

  private static Row entryOf(String file, long index, JsonNode item, JsonNode block) {
    String[] values = new String[InputContract.FIELDS.size()];
    put(values, InputContract.OUTLET, OUTLET);
    put(values, InputContract.BLOG_ID, text(item.get("id")));
    put(values, InputContract.BLOG_TITLE, text(item.get("webTitle")));
    put(values, InputContract.BLOG_URL, text(item.get("webUrl")));
    put(values, InputContract.ENTRY_ID, text(block.get("id")));
    String html = text(block.get("bodyHtml"));
    if (html != null && !html.isBlank()) {
      put(values, InputContract.BODY, html);
      put(values, InputContract.BODY_FORMAT, "html");
    } else {
      put(values, InputContract.BODY, text(block.get("bodyTextSummary")));
      put(values, InputContract.BODY_FORMAT, "text");
    }
    String published = text(block.get("firstPublishedDate"));
    put(values, InputContract.PUBLISHED_AT, published != null ? published : text(block.get("publishedDate")));
    put(values, InputContract.UPDATED_AT, text(block.get("lastModifiedDate")));
    put(values, InputContract.HEADLINE, text(block.get("title")));
    JsonNode keyEvent = block.path("attributes").get("keyEvent");
    put(values, InputContract.IS_KEY_EVENT, keyEvent == null || keyEvent.isNull() ? "false" : keyEvent.asText());
    put(values, InputContract.AUTHOR, author(block.get("createdBy")));
    put(values, InputContract.LANGUAGE, "en");
    for (String field : List.of("bodyHtml", "bodyTextSummary", "id", "firstPublishedDate")) {
      JsonNode node = block.get(field);
      if (node != null && !node.isNull() && !node.isValueNode()) {
        return Candidate.unparsed(file, RecordKind.BLOCK, index, block.toString(), RejectReason.WRONG_TYPE,
            field + " is " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ", expected text", values);
      }
    }
    return Candidate.parsed(file, RecordKind.BLOCK, index, block.toString(), values);
  }

  private static String author(JsonNode createdBy) {
    if (createdBy == null || !createdBy.isObject()) {
      return null;
    }
    String name = (createdBy.path("firstName").asText("") + " " + createdBy.path("lastName").asText("")).strip();
    return name.isEmpty() ? null : name;
  }

  private static void put(String[] values, String field, String value) {
    values[InputContract.FIELDS.indexOf(field)] = value;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() || !node.isValueNode() ? null : node.asText();
  }
}
