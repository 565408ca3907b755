package dev.crosscheck.examples;

import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * The article in a news page saved as HTML, as plain text: what a reader reads, without markup,
 * scripts, styles, navigation, forms and page furniture, entities decoded. Paragraphs, headings,
 * list items and other blocks are separated by a blank line, a {@code <br>} is a line break, and
 * white space inside a block is folded to single spaces ({@code <pre>} keeps its own). The article
 * is the page's {@code <article>} (the one with the most text when there are several), else its
 * {@code <main>}, else its body. The report's text is this extracted text: every offset the checker
 * gives points into it.
 */
final class HtmlText {
  /** Never text: code, styling, media, controls and the page's furniture around the article. */
  private static final String DROPPED = "script, style, noscript, template, svg, canvas, iframe, object, embed, video, "
      + "audio, picture, img, form, button, input, select, textarea, nav, aside, menu, dialog, "
      + "[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary]";
  /** The page's header and footer: furniture around the article, but inside it the headline and standfirst. */
  private static final String PAGE_FURNITURE = "header, footer";
  /** Elements that stand apart from the text around them. */
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
      "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr",
      "caption", "address", "hr", "body", "details", "summary");

  private HtmlText() {}

  /**
   * The article's text.
   *
   * @param html a page as saved
   * @return its article as plain text; empty when it has none
   */
  static String extract(String html) {
    Document page = Jsoup.parse(html);
    Element root = article(page);
    root.select(DROPPED).remove();
    if (!root.normalName().equals("article")) {
      root.select(PAGE_FURNITURE).remove();
    } else {
      root.select("footer").remove(); // an article's footer holds tags, shares and credits, not the story
    }
    StringBuilder out = new StringBuilder(html.length() / 4);
    walk(root, out, false);
    return out.toString().strip();
  }

  private static Element article(Document page) {
    Elements articles = page.select("article");
    if (!articles.isEmpty()) {
      return articles.stream().max(Comparator.comparingInt(a -> a.text().length())).orElseThrow();
    }
    Element main = page.selectFirst("main, [role=main]");
    return main != null ? main : page.body();
  }

  private static void walk(Node node, StringBuilder out, boolean pre) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        String text = pre ? t.getWholeText() : fold(t.getWholeText(), out);
        out.append(text);
      } else if (child instanceof Element e) {
        String tag = e.normalName().toLowerCase(Locale.ROOT);
        if (tag.equals("br")) {
          trimSpace(out);
          out.append('\n');
          continue;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
          paragraphBreak(out);
        } else if (tag.equals("td") || tag.equals("th")) {
          if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
            out.append(' ');
          }
        }
        walk(e, out, pre || tag.equals("pre"));
        if (block) {
          paragraphBreak(out);
        }
      }
    }
  }

  /** White space folded to one space; none at the start of a line. */
  private static String fold(String text, StringBuilder out) {
    StringBuilder s = new StringBuilder(text.length());
    boolean lastSpace = out.length() == 0 || Character.isWhitespace(out.charAt(out.length() - 1));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        if (!lastSpace) {
          s.append(' ');
          lastSpace = true;
        }
      } else {
        s.append(c);
        lastSpace = false;
      }
    }
    return s.toString();
  }

  private static void trimSpace(StringBuilder out) {
    while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
    }
  }

  /** Ends the text so far with a blank line (once, however many blocks close and open here). */
  private static void paragraphBreak(StringBuilder out) {
    trimSpace(out);
    if (out.length() == 0) {
      return;
    }
    int newlines = 0;
    for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
      newlines++;
    }
    for (int i = newlines; i < 2; i++) {
      out.append('\n');
    }
  }
}
