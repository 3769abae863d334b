package io.brandcloud.content.infrastructure;

import io.brandcloud.content.domain.PageRendering;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown (CommonMark with tables) to HTML, then through the OWASP sanitiser, which is what keeps
 * a page safe: staff may write HTML inside Markdown, and only formatting, blocks, tables, images
 * and http(s) or mail links survive it. No script, style, event handler or frame ever does.
 */
@ApplicationScoped
public class MarkdownPages implements PageRendering {

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.LINKS)
          .and(Sanitizers.TABLES)
          .and(Sanitizers.IMAGES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("pre", "code", "hr", "dl", "dt", "dd")
                  .allowAttributes("class")
                  .matching(Pattern.compile("language-[a-z0-9+#-]{1,20}"))
                  .onElements("code")
                  .toFactory());

  private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
  private final HtmlRenderer html =
      HtmlRenderer.builder().extensions(EXTENSIONS).sanitizeUrls(true).build();
  private final TextContentRenderer text =
      TextContentRenderer.builder().extensions(EXTENSIONS).build();

  @Override
  public String html(String markdown) {
    return POLICY.sanitize(html.render(parse(markdown)));
  }

  /**
   * The words as readers see them: raw HTML staff typed into the Markdown is left out (the page
   * shows only what the sanitiser keeps of it, and a comment or a script's text must not turn up in
   * an excerpt or be found by a search).
   */
  @Override
  public String plainText(String markdown) {
    Node document = parse(markdown);
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(HtmlBlock block) {
            block.unlink();
          }

          @Override
          public void visit(HtmlInline inline) {
            inline.unlink();
          }
        });
    return text.render(document).strip();
  }

  private Node parse(String markdown) {
    return parser.parse(markdown == null ? "" : markdown);
  }
}
