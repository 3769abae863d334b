package io.brandcloud.content.domain;

/** How a page's Markdown is shown: as HTML that is safe in any page, and as plain text. */
public interface PageRendering {

  String html(String markdown);

  /** The words without markup, for search and for excerpts. */
  String plainText(String markdown);

  /** The start of the text, cut at a word, with an ellipsis when something was left out. */
  default String excerpt(String markdown, int maxLength) {
    String words = plainText(markdown).replaceAll("\\s+", " ");
    if (words.length() <= maxLength) {
      return words;
    }
    int cut = words.lastIndexOf(' ', maxLength - 1);
    return words.substring(0, cut > maxLength / 2 ? cut : maxLength - 1) + "…";
  }
}
