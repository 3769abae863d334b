package io.brandcloud.web.faces.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkedTextTest {

  private final LinkedText linked = new LinkedText();

  @Test
  void webAddressesBecomeLinksAndTheSentenceStaysAround() {
    assertThat(linked.html("See https://status.acme.example/incidents/4. Thanks"))
        .isEqualTo(
            "See <a href=\"https://status.acme.example/incidents/4\" rel=\"noopener noreferrer"
                + " nofollow ugc\" target=\"_blank\">https://status.acme.example/incidents/4</a>."
                + " Thanks");
    assertThat(linked.html("(www.acme.example)"))
        .contains("href=\"https://www.acme.example\"")
        .endsWith(">www.acme.example</a>)");
  }

  @Test
  void everythingElseIsEscapedAndOnlyHttpAddressesAreLinked() {
    assertThat(linked.html("<b>x</b> & javascript://%0aalert(1) ftp://files.example/a"))
        .isEqualTo("&lt;b&gt;x&lt;/b&gt; &amp; javascript://%0aalert(1) ftp://files.example/a")
        .doesNotContain("<a");
    assertThat(linked.html("https://x.example/?a=1&b=\"2\""))
        .contains("href=\"https://x.example/?a=1&amp;b=")
        .doesNotContain("\"2\"");
    assertThat(linked.html(null)).isEmpty();
  }
}
