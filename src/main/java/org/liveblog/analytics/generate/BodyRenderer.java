package org.liveblog.analytics.generate;

import java.util.List;

/** Renders paragraphs as a plain-text body (blank line between paragraphs) or as a simple HTML body. */
final class BodyRenderer {

  private BodyRenderer() {}

  /**
   * @param count  how many of the paragraphs to render (an older version of an entry has fewer)
   * @param strong HTML only: open with a bold "Update:" label
   * @param link   HTML only: close with a paragraph holding a link
   */
  static String render(List<EntryComposer.Paragraph> paragraphs, int count, boolean html, boolean strong,
      boolean link, String outlet) {
    StringBuilder body = new StringBuilder(128 * count);
    if (!html) {
      for (int i = 0; i < count; i++) {
        if (i > 0) {
          body.append("\n\n");
        }
        body.append(paragraphs.get(i).text());
      }
      return body.toString();
    }
    boolean inQuote = false;
    for (int i = 0; i < count; i++) {
      EntryComposer.Paragraph paragraph = paragraphs.get(i);
      if (paragraph.quote() != inQuote) {
        body.append(inQuote ? "</blockquote>\n" : "<blockquote>");
        inQuote = paragraph.quote();
      }
      body.append("<p>");
      if (i == 0 && strong && !paragraph.quote()) {
        body.append("<strong>Update:</strong> ");
      }
      body.append(paragraph.text()).append("</p>");
      if (!inQuote) {
        body.append('\n');
      }
    }
    if (inQuote) {
      body.append("</blockquote>\n");
    }
    if (link) {
      body.append("<p>Read more in <a href=\"https://example.org/").append(outlet)
          .append("/explainers/background\">our explainer on the background</a>.</p>\n");
    }
    return body.toString().stripTrailing();
  }
}
