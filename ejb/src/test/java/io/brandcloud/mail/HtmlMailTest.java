package io.brandcloud.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.tenancy.Brand;
import org.junit.jupiter.api.Test;

class HtmlMailTest {

  private static final String BODY =
      """
      Hello Ada <script>alert(1)</script>,

      your server web-1 is ready: https://acme.example/portal/server.xhtml?id=7&x=1.
      Log in as root.

      "Thanks" & goodbye

        indented   as written (https://en.wikipedia.org/wiki/Foo_(bar))
      """;

  @Test
  void theTextIsEscapedInParagraphsWithItsAddressesAsLinks() {
    String html =
        HtmlMail.render(
            new RenderedMessage("Your server is ready", BODY),
            new Brand("Acme Cloud", "#0b7285", null),
            "https://acme.example");

    assertThat(html)
        .contains("<title>Your server is ready</title>")
        .contains("Hello Ada &lt;script&gt;alert(1)&lt;/script&gt;,</p>")
        .doesNotContain("<script>")
        .contains(
            "<a href=\"https://acme.example/portal/server.xhtml?id&#61;7&amp;x&#61;1\"",
            ">https://acme.example/portal/server.xhtml?id&#61;7&amp;x&#61;1</a>.<br>Log in as root.</p>")
        .contains("&quot;Thanks&quot; &amp; goodbye</p>")
        .contains("white-space:pre-wrap;\">  indented   as written (<a href=")
        .contains(">https://en.wikipedia.org/wiki/Foo_(bar)</a>)</p>")
        .contains("background:#0b7285;color:#ffffff;")
        .contains(">\nAcme Cloud\n</td>");
  }

  @Test
  void aLogoTheShopUploadedIsShownByItsAddressOnThePortal() {
    String html =
        HtmlMail.render(
            new RenderedMessage("Hi", "Hi"),
            new Brand("Acme Cloud", "#ffd43b", "/brand/logo-1.png"),
            "https://acme.example");

    assertThat(html)
        .contains("<img src=\"https://acme.example/brand/logo-1.png\" alt=\"Acme Cloud\"")
        .as("dark text on a light brand colour")
        .contains("background:#ffd43b;color:#000000;");
  }
}
