package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A first visit downloads the scripts and styles compressed, and a later one not at all: their
 * addresses name their version, so browsers keep them for a year.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaticAnswersIT {

  private static final String FOR_A_YEAR = "public, max-age=31536000, immutable";

  private final Http http = new Http(Http.testServer()).withHeader("Accept-Encoding", "gzip");

  @Test
  void scriptsAndStylesComeCompressedAndVersionedPagesDoNot() {
    HttpResponse<String> login = http.get("t/acme/login.xhtml");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.headers().firstValue("Content-Encoding"))
        .as("a page carries secrets next to what was typed into it")
        .isEmpty();

    String components = address(login.body(), "src=\"([^\"]*components\\.js[^\"]*)\"");
    String layout = address(login.body(), "href=\"([^\"]*layout\\.css[^\"]*)\"");
    assertThat(layout)
        .as("the panel's own styles name their content")
        .containsPattern("v=[0-9a-f]{12}");
    for (String resource : List.of(components, layout)) {
      HttpResponse<byte[]> answer = http.getBytes(resource);
      assertThat(answer.statusCode()).as(resource).isEqualTo(200);
      assertThat(answer.headers().firstValue("Content-Encoding")).as(resource).hasValue("gzip");
      assertThat(answer.headers().firstValue("Cache-Control")).as(resource).hasValue(FOR_A_YEAR);
      assertThat(answer.headers().firstValue("Vary")).as(resource).hasValue("Accept-Encoding");
      assertThat(gunzip(answer.body()).length).isGreaterThan(answer.body().length);
    }
    HttpResponse<byte[]> otherVersion =
        http.getBytes(layout.replaceAll("v=[0-9a-f]{12}", "v=000000000000"));
    assertThat(otherVersion.headers().firstValue("Cache-Control"))
        .as("a version this node does not have (a rolling update) is not kept")
        .hasValue("no-cache");

    HttpResponse<byte[]> plain = new Http(Http.testServer()).getBytes(components);
    assertThat(plain.headers().firstValue("Content-Encoding"))
        .as("a client that takes no gzip gets none")
        .isEmpty();
  }

  @Test
  void theConsolesModulesAreServedOnlyBelowTheirOwnVersion() {
    assertThat(http.get("t/acme/assets/v/000000000000/vnc-console.js").statusCode()).isEqualTo(404);
  }

  private static String address(String page, String pattern) {
    Matcher found = Pattern.compile(pattern).matcher(page);
    assertThat(found.find()).as(pattern).isTrue();
    return found.group(1).replace("&amp;", "&");
  }

  private static byte[] gunzip(byte[] body) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
