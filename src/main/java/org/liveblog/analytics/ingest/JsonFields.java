package org.liveblog.analytics.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Reads the contract fields out of one JSON object through a {@link ColumnMapping}. Scalars become text (numeric ids
 * are fine); an object or array where a scalar belongs is a wrong type, except for {@code author}, where a list of
 * names (as the BBC gives them) is joined with commas.
 */
final class JsonFields {

  private final ColumnMapping mapping;

  JsonFields(ColumnMapping mapping) {
    this.mapping = mapping;
  }

  /** Thrown for a field of the wrong JSON type; carries the contract field and the source field. */
  static final class WrongType extends Exception {
    private static final long serialVersionUID = 1L;

    WrongType(String message) {
      super(message, null, false, false);
    }
  }

  /** The contract fields in {@link InputContract#FIELDS} order, and what was wrong with the first mistyped one. */
  record Fields(String[] values, String wrongType) {}

  Fields read(JsonNode object) {
    List<String> fields = InputContract.FIELDS;
    String[] values = new String[fields.size()];
    String wrongType = null;
    for (int i = 0; i < values.length; i++) {
      String field = fields.get(i);
      for (String source : mapping.sourcesOf(field)) {
        JsonNode node = resolve(object, source);
        if (node != null && !node.isNull() && !node.isMissingNode()) {
          try {
            values[i] = asText(field, source, node);
          } catch (WrongType e) {
            wrongType = wrongType == null ? e.getMessage() : wrongType;
          }
          break;
        }
      }
    }
    return new Fields(values, wrongType);
  }

  private static JsonNode resolve(JsonNode object, String source) {
    JsonNode node = object.get(source);
    if (node != null || source.indexOf('.') < 0) {
      return node;
    }
    node = object;
    for (String part : ColumnMapping.splitPath(source)) {
      node = node.get(part);
      if (node == null) {
        return null;
      }
    }
    return node;
  }

  private static String asText(String field, String source, JsonNode node) throws WrongType {
    if (node.isValueNode()) {
      if (node.isNumber() && field.equals(InputContract.BODY)) {
        throw new WrongType(describe(field, source) + " is a number, expected text");
      }
      return node.asText();
    }
    if (field.equals(InputContract.AUTHOR) && node.isArray()) {
      StringBuilder joined = new StringBuilder();
      for (JsonNode part : node) {
        if (!part.isValueNode()) {
          throw new WrongType(describe(field, source) + " is a list holding " + part.getNodeType());
        }
        if (!part.isNull() && !part.asText().isBlank()) {
          joined.append(joined.length() == 0 ? "" : ", ").append(part.asText().strip());
        }
      }
      return joined.length() == 0 ? null : joined.toString();
    }
    throw new WrongType(describe(field, source) + " is " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
        + ", expected " + (field.equals(InputContract.IS_KEY_EVENT) ? "a boolean" : "text"));
  }

  private static String describe(String field, String source) {
    return source.equals(field) ? field : field + " (from " + source + ")";
  }
}
