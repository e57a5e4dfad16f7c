package org.liveblog.analytics.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an entry body into the plain text every later stage reads: paragraphs separated by one blank line, runs of
 * whitespace inside a paragraph collapsed to one space, invisible characters removed. HTML block elements (p, div,
 * blockquote, li, headings, figure captions) end paragraphs and {@code <br>} becomes a single newline; in plain text
 * every line break ends a paragraph, since live-blog text is not hard-wrapped.
 */
public final class BodyCleaner {

  private BodyCleaner() {}

  public static String clean(String body, boolean html) {
    return html ? fromHtml(body) : fromText(body);
  }

  static String fromText(String body) {
    StringBuilder out = new StringBuilder(body.length());
    ParagraphWriter writer = new ParagraphWriter(out);
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\n' || c == '\r') {
        writer.paragraphBreak();
      } else {
        writer.append(c);
      }
    }
    return out.toString();
  }

  static String fromHtml(String body) {
    Element root = Jsoup.parseBodyFragment(body).body();
    StringBuilder out = new StringBuilder(body.length());
    ParagraphWriter writer = new ParagraphWriter(out);
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
          String s = text.getWholeText();
          for (int i = 0; i < s.length(); i++) {
            writer.append(s.charAt(i));
          }
        } else if (node instanceof Element element) {
          if (element.nameIs("br")) {
            writer.lineBreak();
          } else if (isBlock(element)) {
            writer.paragraphBreak();
          } else if (element.nameIs("script") || element.nameIs("style")) {
            element.empty();
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element element && isBlock(element)) {
          writer.paragraphBreak();
        }
      }
    }, root);
    return out.toString();
  }

  private static boolean isBlock(Element element) {
    return switch (element.normalName()) {
      case "p", "div", "blockquote", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption",
          "section", "article", "aside", "table", "tr", "pre", "hr" -> true;
      default -> false;
    };
  }

  /** Appends characters while keeping the paragraph and whitespace rules; never leaves trailing separators. */
  private static final class ParagraphWriter {
    private final StringBuilder out;
    private boolean pendingSpace;
    private int pendingBreak; // 0 none, 1 line break, 2 paragraph break

    ParagraphWriter(StringBuilder out) {
      this.out = out;
    }

    void append(char c) {
      if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD'
          || (Character.isISOControl(c) && !Character.isWhitespace(c))) {
        return;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = true;
        return;
      }
      if (out.length() > 0) {
        if (pendingBreak == 2) {
          out.append("\n\n");
        } else if (pendingBreak == 1) {
          out.append('\n');
        } else if (pendingSpace) {
          out.append(' ');
        }
      }
      pendingBreak = 0;
      pendingSpace = false;
      out.append(c);
    }

    void lineBreak() {
      pendingBreak = Math.max(pendingBreak, 1);
    }

    void paragraphBreak() {
      pendingBreak = 2;
    }
  }
}
