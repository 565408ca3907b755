package dev.crosscheck.text;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;

/**
 * Decides whether one line of a web page is debris rather than prose: navigation and account links,
 * sharing and subscription calls to action, advertising markers, breadcrumbs, photo captions and
 * credits, contact lines and contribution notes.
 *
 * <p>The principle is that debris is short and speaks to the reader or about the page, not about the
 * event. So every rule on wording applies only to short lines, and a line that reads like a sentence of
 * prose (ends with a full stop) needs stronger evidence, such as a photo credit, to be set aside.
 * Captions are the exception to shortness: a caption is set aside whole when it carries a credit
 * ("(AP Photo/...)", "Photo: ...", "... Getty Images") however long it is.
 */
final class DebrisRules {

  /** Lines that are nothing but a page control or a marker, compared after {@link #normalize}. */
  private static final ImmutableSet<String> PAGE_LINES =
      ImmutableSet.of(
          "fb pixel", "log in", "login", "log out", "logout", "sign in", "sign out", "sign up", "register",
          "reset password", "forgot password", "forgot your password", "create account", "my account",
          "subscribe", "subscribe now", "subscribers only", "advertisement", "advertising", "ad", "sponsored",
          "sponsored content", "paid content", "story continues below advertisement", "story continues below",
          "story continues", "story continued below", "article continues below", "continue reading",
          "continue reading below", "continue reading the main story",
          "advertisement continue reading the main story", "photo advertisement continue reading the main story",
          "send this page to someone via email", "share", "share this", "share this article",
          "share this story", "share on facebook", "share on twitter", "share via email", "tweet", "email",
          "e mail", "print", "print this", "print this article", "facebook", "twitter", "reddit", "digg",
          "linkedin", "whatsapp", "pinterest", "instagram", "tumblr", "google", "flipboard", "pocket",
          "messenger", "copy link", "link copied", "embed", "read more", "more", "see more", "show more",
          "load more", "related", "related stories", "related articles", "related content", "related coverage",
          "recommended", "recommended for you", "you may also like", "you might also like", "most popular",
          "most read", "latest headlines", "latest news", "trending", "trending now", "top stories",
          "top of page", "back to top", "skip to main content", "skip to content", "skip navigation",
          "site mobile navigation", "site navigation", "navigation", "menu", "main menu", "search", "close",
          "home", "next", "previous", "next article", "previous article", "next story", "previous story",
          "text size", "text size a a a", "photo", "photos", "video", "videos", "image", "images", "gallery",
          "slideshow", "view gallery", "watch", "watch now", "listen", "play", "play video", "replay",
          "scroll down for video", "loading", "please wait", "tweet with a location",
          "add a location to your tweets", "article excerpt", "play facebook", "play twitter",
          "play embed", "like this like loading related", "like this", "like loading", "cookies",
          "cookie policy", "cookie settings", "privacy policy", "terms of use", "terms of service",
          "terms and conditions", "all rights reserved", "contact us", "about us", "feedback", "newsletter",
          "newsletters", "sign up for our newsletter", "get our newsletter", "toggle caption",
          "enlarge this image", "hide caption", "show caption", "expand", "collapse", "click to expand");

  /** Openings of a call to action, compared after {@link #normalize}, for lines of at most 25 words. */
  private static final ImmutableList<String> ACTION_OPENINGS =
      ImmutableList.of(
          "click here", "click to ", "click for ", "click on ", "tap here", "tap to ", "sign up for ",
          "sign up to ", "sign up now", "subscribe to ", "subscribe for ", "subscribe now", "follow us",
          "follow @", "like us on ", "join us on ", "download the ", "download our ", "read more ",
          "read the latest", "read or share this story", "see also ", "see more ", "more from ", "also read",
          "also see ", "send this page", "email this", "share this", "share on ", "view comments",
          "show comments", "leave a comment", "post a comment", "have a tip", "got a tip", "copyright ",
          "all rights reserved", "enlarge this image", "enlarge image", "image caption", "toggle caption",
          "scroll down", "skip to ", "watch the video", "watch live", "story continues",
          "continue reading", "listen to article", "listen to this article", "advertisement ",
          "find all ap ", "this article was originally published", "this story was originally published");

  /** Phrases that mark a line of at most 15 words as page furniture wherever they stand. */
  private static final ImmutableList<String> PAGE_PHRASES =
      ImmutableList.of(
          "click here", "like us on facebook", "follow us on", "sign up for our", "subscribe to our",
          "opens in new window", "opens in a new window", "thanks for subscribing", "privacy policy",
          "terms of service", "terms of use", "all rights reserved", "may not be published broadcast",
          "share this article", "share this story", "story continues below", "continue reading the main story",
          "tweet with a location", "add a location to your tweets", "interactive transcript could not be loaded",
          "rating is available when the video has been rented", "this feature is not available right now",
          "page you requested was not found", "your browser does not support", "enable javascript",
          "fox news app", "download the app", "get the app");

  /** Labels that, followed by a colon, open a link or a teaser rather than prose (at most 20 words). */
  private static final ImmutableSet<String> LINK_LABELS =
      ImmutableSet.of(
          "watch", "video", "videos", "photos", "gallery", "related", "related stories", "related coverage",
          "related articles", "related content", "read more", "read also", "also read", "see also", "also",
          "more", "listen", "recommended", "twitter", "facebook", "instagram", "email", "e-mail", "follow",
          "full coverage", "more coverage", "latest", "trending", "sponsored", "advertisement", "share",
          "don't miss", "must read", "must see", "opinion");

  /** Openings that make a line a caption or a credit whatever its length (compared in lower case). */
  private static final ImmutableList<String> CAPTION_OPENINGS =
      ImmutableList.of(
          "photo:", "photos:", "photo by ", "photo credit", "photograph:", "photograph by ", "photographs by ",
          "photographer:", "photography:", "image:", "images:", "image caption", "image copyright",
          "image source:", "picture:", "pictures:", "pictured:", "caption:", "credit:", "credits:",
          "toggle caption", "enlarge this image", "enlarge image", "hide caption", "file photo");

  /** Credit labels that make a line a caption wherever they stand, case as written. */
  private static final ImmutableList<String> CREDIT_LABELS =
      ImmutableList.of(
          " Photo: ", " PHOTO: ", " Photograph: ", " Image: ", " Picture: ", " Credit: ", " Photo credit: ");

  /** Picture agencies and outlets named after a slash in a credit ("Jim Watson/AFP"). */
  private static final ImmutableList<String> AGENCIES =
      ImmutableList.of(
          "ap", "afp", "reuters", "epa", "getty", "shutterstock", "bloomberg", "xinhua", "yonhap", "kcna",
          "tass", "sputnik", "pool", "ap images", "nyt", "the new york times", "the washington post", "npr",
          "abc", "cbs", "nbc", "cnn", "ap photo", "afp photo", "alamy", "istock", "zuma", "rex");

  /** Lines that are nothing but a picture credit. */
  private static final ImmutableSet<String> CREDIT_LINES =
      ImmutableSet.of(
          "ap", "afp", "reuters", "getty", "getty images", "epa", "shutterstock", "ap photo", "afp photo",
          "reuters photo", "epa photo", "ap images", "pool", "pool photo", "file photo", "afp via getty images",
          "istock", "alamy", "courtesy");

  /** Picture positions in parentheses, which only captions use. */
  private static final ImmutableSet<String> POSITIONS =
      ImmutableSet.of(
          "left", "right", "center", "centre", "second left", "second right", "second from left",
          "second from right", "2nd left", "2nd right", "2nd l", "2nd r", "third left", "third right",
          "third from left", "third from right", "from left", "left to right", "l to r", "l-r", "far left",
          "far right", "top", "bottom", "top left", "top right", "bottom left", "bottom right", "centre left",
          "center left", "centre right", "center right", "front", "front row", "back row", "foreground",
          "background", "rear", "c", "l", "r");

  /** Weaker caption hints in parentheses: they also occur in prose, so only lines without a stop count. */
  private static final ImmutableSet<String> PICTURE_HINTS =
      ImmutableSet.of("pictured", "above", "below", "inset", "file", "photo", "in photo", "in picture");

  /** Section headers that open a comment thread; the thread and everything after it are set aside. */
  private static final ImmutableSet<String> COMMENT_HEADERS =
      ImmutableSet.of(
          "comments", "comment", "show comments", "view comments", "reader comments", "join the conversation",
          "join the discussion", "leave a comment", "add a comment", "post a comment", "comments are closed");

  private static final int MAX_NORMALIZED = 300;
  private static final int MAX_PARENTHESIS = 120;
  private static final int MAX_CAPTION_WORDS = 80;

  private DebrisRules() {}

  /** Whether the trimmed line {@code line} is page debris. */
  static boolean isDebris(String line) {
    return reason(line) != null;
  }

  /** Why the trimmed line {@code line} is page debris, or {@code null} when it is not. */
  static String reason(String line) {
    if (!hasLetterOrDigit(line)) {
      return "no words"; // rules and separators: "***", "___", "|"
    }
    int words = countWords(line);
    boolean sentence = endsLikeSentence(line);
    boolean quoted = Chars.isQuote(line.charAt(0));
    if (line.length() <= MAX_NORMALIZED) {
      String norm = normalize(line);
      if (PAGE_LINES.contains(norm) || CREDIT_LINES.contains(norm)) {
        return "page control";
      }
      if (!quoted && words <= 25 && (startsWithAny(norm, ACTION_OPENINGS) || isFollowLine(norm) || isAppLine(norm))) {
        return "call to action";
      }
      if (!quoted && words <= 15 && containsPhrase(norm, PAGE_PHRASES)) {
        return "page phrase";
      }
      if (words <= 20 && hasLinkLabel(line)) {
        return "link label";
      }
      if (words <= 40 && isBreadcrumb(line, norm)) {
        return "breadcrumb";
      }
      if (words <= 15 && !sentence && countSeparators(line, '|') >= 2) {
        return "navigation bar";
      }
      if (words <= 12 && hasAddress(line)) {
        return "address";
      }
      if (words <= 30 && isContributionNote(line, norm)) {
        return "contribution note";
      }
      if (words <= 8 && !sentence && isSlashCredit(line)) {
        return "credit";
      }
      if (words >= 4 && words <= 25 && !sentence && !hasLowerCase(line)) {
        return "capitals teaser"; // an all-capitals link to another story
      }
    }
    return isCaption(line, words, sentence) ? "caption" : null;
  }

  /**
   * A photo caption or credit: a credit label or credit in parentheses, or picture positions. A
   * paragraph longer than {@link #MAX_CAPTION_WORDS} is taken for prose that a scraper glued a caption to,
   * and kept.
   */
  static boolean isCaption(String line, int words, boolean sentence) {
    if (words > MAX_CAPTION_WORDS) {
      return false;
    }
    String opening = line.substring(0, Math.min(line.length(), 40)).toLowerCase(Locale.ROOT);
    if (startsWithAny(opening, CAPTION_OPENINGS) || containsAny(line, CREDIT_LABELS)) {
      return true;
    }
    String closing = stripClosing(line);
    closing = closing.substring(Math.max(0, closing.length() - 40)).toLowerCase(Locale.ROOT);
    if (closing.endsWith("getty images") || closing.endsWith("/getty") || closing.endsWith("shutterstock")) {
      return true;
    }
    int positions = 0;
    boolean left = false;
    boolean right = false;
    int hints = 0;
    for (int open = line.indexOf('('); open >= 0; open = line.indexOf('(', open + 1)) {
      int close = closingParenthesis(line, open);
      if (close < 0) {
        continue;
      }
      String inside = line.substring(open + 1, close).trim().toLowerCase(Locale.ROOT);
      if (isParenthesisedCredit(inside)) {
        return true;
      }
      if (inside.length() == 1 && POSITIONS.contains(inside)) {
        left |= inside.equals("l");
        right |= inside.equals("r");
      } else if (POSITIONS.contains(inside)) {
        positions++;
      } else if (PICTURE_HINTS.contains(inside)) {
        hints++;
      }
    }
    if (positions >= 2 || (left && right)) {
      return true;
    }
    // "(R)" alone also marks a party in prose ("Sen. Smith (R) said"), so single letters count only as a pair
    return (positions > 0 || hints > 0) && !sentence && words <= 40;
  }

  /**
   * The ")" that closes the "(" at {@code open} within {@link #MAX_PARENTHESIS} characters, or -1. The
   * bound keeps a line of thousands of unclosed brackets linear.
   */
  private static int closingParenthesis(String line, int open) {
    int limit = Math.min(line.length(), open + MAX_PARENTHESIS);
    for (int i = open + 1; i < limit; i++) {
      char c = line.charAt(i);
      if (c == ')') {
        return i;
      }
      if (c == '(') {
        return -1;
      }
    }
    return -1;
  }

  /** A credit in parentheses: "(AP Photo/Alexander Khitrov)", "(Photo: ...)", "(Jim Watson/AFP)". */
  private static boolean isParenthesisedCredit(String inside) {
    for (String lead : ImmutableList.of("ap photo", "afp photo", "reuters photo", "epa photo", "file photo",
        "pool photo", "photo", "photos", "photograph", "picture", "pictures", "image", "images", "credit")) {
      if (inside.startsWith(lead)) {
        String rest = inside.substring(lead.length());
        if (rest.isEmpty() || rest.startsWith(":") || rest.startsWith("/") || rest.startsWith(" by ")
            || rest.startsWith(" courtesy") || rest.startsWith(" credit") || rest.startsWith(" -")
            || rest.startsWith(" via ") || rest.startsWith(" from ")) {
          return true;
        }
      }
    }
    if (inside.startsWith("getty") || inside.startsWith("courtesy") || inside.contains("getty images")
        || inside.contains("shutterstock")) {
      return true;
    }
    int slash = inside.indexOf('/');
    while (slash > 0) {
      if (Character.isLetter(inside.charAt(slash - 1)) && startsWithAgency(inside, slash + 1)) {
        return true;
      }
      slash = inside.indexOf('/', slash + 1);
    }
    return false;
  }

  private static boolean startsWithAgency(String s, int at) {
    for (String agency : AGENCIES) {
      if (s.startsWith(agency, at)) {
        int end = at + agency.length();
        if (end == s.length() || !Character.isLetterOrDigit(s.charAt(end))) {
          return true;
        }
      }
    }
    return false;
  }

  /** "Jay Reed/NPR", "April Baer / OPB": a short line of names around a slash and no digits. */
  private static boolean isSlashCredit(String line) {
    int slash = line.indexOf('/');
    if (slash <= 0 || slash == line.length() - 1) {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      if (Character.isDigit(line.charAt(i))) {
        return false;
      }
    }
    if (line.contains("http") || line.contains("www.")) {
      return false;
    }
    int before = slash - 1;
    while (before > 0 && line.charAt(before) == ' ') {
      before--;
    }
    int after = slash + 1;
    while (after < line.length() - 1 && line.charAt(after) == ' ') {
      after++;
    }
    return Character.isLetter(line.charAt(before)) && Character.isUpperCase(line.charAt(after));
  }

  /** "... contributed to this report", "With files from ...", "(Reporting by ...; Editing by ...)". */
  private static boolean isContributionNote(String line, String norm) {
    if (norm.contains("contributed to this report") || norm.contains("contributed reporting")
        || norm.startsWith("with files from") || norm.startsWith("additional reporting by")) {
      return true;
    }
    String lower = line.toLowerCase(Locale.ROOT);
    return lower.startsWith("(reporting by") || lower.startsWith("(additional reporting by")
        || lower.startsWith("(editing by") || lower.startsWith("(writing by") || lower.startsWith("(compiled by")
        || lower.startsWith("reporting by ") && lower.contains("editing by");
  }

  /** "Home » News » Headline": separators between short segments, or one after "Home". */
  private static boolean isBreadcrumb(String line, String norm) {
    int separators = countSeparators(line, '\u00BB') + countSeparators(line, '\u203A') + countSeparators(line, '>');
    return separators >= 2 || (separators == 1 && (norm.startsWith("home ") || norm.equals("home")));
  }

  /** Occurrences of {@code sep} with blank space on both sides (or at the line's end). */
  private static int countSeparators(String line, char sep) {
    int count = 0;
    for (int i = line.indexOf(sep); i >= 0; i = line.indexOf(sep, i + 1)) {
      boolean spaceBefore = i > 0 && Chars.isSpace(line.charAt(i - 1));
      boolean spaceAfter = i == line.length() - 1 || Chars.isSpace(line.charAt(i + 1));
      if (spaceBefore && spaceAfter) {
        count++;
      }
    }
    return count;
  }

  /** A web address or an e-mail address. */
  private static boolean hasAddress(String line) {
    if (line.contains("http://") || line.contains("https://") || line.contains("www.")) {
      return true;
    }
    for (int at = line.indexOf('@'); at >= 0; at = line.indexOf('@', at + 1)) {
      if (at > 0 && Character.isLetterOrDigit(line.charAt(at - 1))) {
        int dot = at + 1;
        while (dot < line.length() && !Chars.isSpace(line.charAt(dot))) {
          if (line.charAt(dot) == '.' && dot + 1 < line.length() && Character.isLetter(line.charAt(dot + 1))) {
            return true;
          }
          dot++;
        }
      }
    }
    return false;
  }

  /** "WATCH: ...", "Related: ...", "Twitter: @name". */
  private static boolean hasLinkLabel(String line) {
    int colon = line.indexOf(':');
    if (colon <= 0 || colon > 24) {
      return false;
    }
    return LINK_LABELS.contains(line.substring(0, colon).trim().toLowerCase(Locale.ROOT));
  }

  /** "Follow @name on Twitter", "Follow Reuters on Facebook". */
  private static boolean isFollowLine(String norm) {
    return norm.startsWith("follow ")
        && (norm.contains(" on twitter") || norm.contains(" on facebook") || norm.contains(" on instagram")
            || norm.contains(" on x"));
  }

  /** "Get the Fox News app", "Download the Yahoo Finance app for Apple or Android". */
  private static boolean isAppLine(String norm) {
    return (norm.startsWith("get the ") || norm.startsWith("download ")) && norm.contains(" app");
  }

  /** Whether the collapsed line {@code key} is a comment section's header. */
  static boolean isCommentsHeader(String key) {
    if (key.length() > 40) {
      return false;
    }
    String norm = normalize(key);
    if (COMMENT_HEADERS.contains(norm)) {
      return true;
    }
    // "12 comments", "comments 12", "comments (12)"
    String bare = norm.replaceAll("[0-9]+", "").trim();
    return !bare.equals(norm) && (bare.equals("comments") || bare.equals("comment"));
  }

  /**
   * The end of a {@code date YYYY-MM-DD} prefix at the start of the line {@code [start, end)}, or 0.
   * Scrapers put it before the headline; the date is metadata, not a statement of the report.
   */
  static int datePrefixEnd(String text, int start, int end) {
    if (end - start < 15 || !text.regionMatches(true, start, "date", 0, 4)) {
      return 0;
    }
    int i = start + 4;
    if (text.charAt(i) == ':') {
      i++;
    }
    int spaces = i;
    while (i < end && Chars.isSpace(text.charAt(i))) {
      i++;
    }
    if (i == spaces || i + 10 > end) {
      return 0;
    }
    String d = text.substring(i, i + 10);
    for (int k = 0; k < 10; k++) {
      char c = d.charAt(k);
      boolean ok = k == 4 || k == 7 ? c == '-' : c >= '0' && c <= '9';
      if (!ok) {
        return 0;
      }
    }
    int after = i + 10;
    return after == end || Chars.isSpace(text.charAt(after)) ? after : 0;
  }

  /** Whether the line ends with a full stop, question or exclamation mark, maybe inside quotes. */
  static boolean endsLikeSentence(String line) {
    String s = stripClosing(line);
    if (s.isEmpty()) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == '\u2026';
  }

  /** The line without closing quotation marks, brackets and blanks at its end. */
  private static String stripClosing(String line) {
    int e = line.length();
    while (e > 0) {
      char c = line.charAt(e - 1);
      if (Chars.isQuote(c) || c == ')' || c == ']' || Chars.isSpace(c)) {
        e--;
      } else {
        break;
      }
    }
    return line.substring(0, e);
  }

  /** The number of blank-separated words. */
  static int countWords(String s) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Chars.isSpace(s.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  /**
   * Lower case, letters, digits and "@" only, single spaces: "Log In", "LOG IN" and "Log in »" all
   * become "log in".
   */
  static String normalize(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetterOrDigit(cp) || cp == '@') {
        sb.appendCodePoint(Character.toLowerCase(cp));
        space = false;
      } else if (Chars.isApostrophe(cp)) {
        sb.append('\''); // "don't miss" keeps its apostrophe
      } else if (!space) {
        sb.append(' ');
        space = true;
      }
      i += Character.charCount(cp);
    }
    int len = sb.length();
    if (len > 0 && sb.charAt(len - 1) == ' ') {
      sb.setLength(len - 1);
    }
    return sb.toString();
  }

  private static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static boolean hasLowerCase(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLowerCase(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static boolean startsWithAny(String s, ImmutableList<String> prefixes) {
    for (String p : prefixes) {
      if (s.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the normalised line holds one of the phrases as whole words. */
  private static boolean containsPhrase(String norm, ImmutableList<String> phrases) {
    for (String p : phrases) {
      for (int at = norm.indexOf(p); at >= 0; at = norm.indexOf(p, at + 1)) {
        int end = at + p.length();
        if ((at == 0 || norm.charAt(at - 1) == ' ') && (end == norm.length() || norm.charAt(end) == ' ')) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean containsAny(String s, ImmutableList<String> phrases) {
    for (String p : phrases) {
      if (s.contains(p)) {
        return true;
      }
    }
    return false;
  }
}
