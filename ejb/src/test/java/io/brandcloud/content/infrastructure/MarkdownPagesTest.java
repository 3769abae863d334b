package io.brandcloud.content.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Markdown becomes HTML that is safe in any page, whatever staff wrote into it. */
class MarkdownPagesTest {

  private final MarkdownPages pages = new MarkdownPages();

  @Test
  void rendersCommonMarkWithTablesLinksAndCode() {
    String html =
        pages.html(
            "# Reset\n\nUse **the console** and [our guide](https://example.com/guide).\n\n"
                + "| Plan | RAM |\n|---|---|\n| S | 2 GB |\n\n```bash\nreboot\n```\n");
    assertThat(html)
        .contains("<h1>Reset</h1>")
        .contains("<strong>the console</strong>")
        .contains("href=\"https://example.com/guide\"")
        .contains("rel=\"nofollow\"")
        .contains("<td>2 GB</td>")
        .contains("<code class=\"language-bash\">reboot");
  }

  @Test
  void dropsScriptsHandlersStylesFramesAndScriptLinks() {
    String html =
        pages.html(
            "<script>alert(1)</script>\n\n<img src=\"x\" onerror=\"alert(2)\">\n\n"
                + "[click](javascript:alert(3)) <a href=\"javascript:alert(4)\">x</a>\n\n"
                + "<iframe src=\"https://evil.example\"></iframe><style>body{}</style>"
                + "<p style=\"position:fixed\" onclick=\"alert(5)\">text</p>");
    assertThat(html)
        .doesNotContain(
            "<script", "alert", "onerror", "javascript:", "<iframe", "<style", "onclick")
        .contains("text");
  }

  @Test
  void givesThePlainTextAndAnExcerptCutAtAWord() {
    assertThat(pages.plainText("## Title\n\nSome *bold* words."))
        .contains("Title", "Some bold words.");
    assertThat(pages.excerpt("one two three four five six", 14)).isEqualTo("one two three…");
    assertThat(pages.excerpt("short", 14)).isEqualTo("short");
    assertThat(
            pages.plainText(
                "Before <!-- staff only --> <b>bold</b>\n\n<script>steal()</script>\n\nAfter"))
        .contains("Before", "bold", "After")
        .doesNotContain("staff only", "steal", "<");
  }
}
