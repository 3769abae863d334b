package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The handbook is served by the panel itself, on the platform's address only. */
@ExtendWith(ArquillianExtension.class)
class HandbookIT {

  private final Http http = new Http(Http.localServer());

  @Test
  void thePagesAreServedWithLinksBetweenThem() {
    HttpResponse<String> contents = http.get("docs");
    assertThat(contents.statusCode()).isEqualTo(200);
    assertThat(contents.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(contents.body())
        .contains("Brandcloud handbook", "<h1>The Brandcloud handbook</h1>")
        .contains("href=\"/docs/operators\"")
        .doesNotContain(".md\"");

    HttpResponse<String> api = http.get("docs/api");
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.body()).contains("<h2>Conventions</h2>", "<table>");
    assertThat(api.headers().firstValue("Content-Security-Policy")).isPresent();
  }

  @Test
  void anUnknownPageAndATenantsAddressFindNothing() {
    assertThat(http.get("docs/nothing-here").statusCode()).isEqualTo(404);
    assertThat(http.get("docs/Operators").statusCode()).isEqualTo(404);
    assertThat(http.get("docs/..%2fWEB-INF%2fweb.xml").statusCode()).isIn(400, 404);
    assertThat(http.withHost("acme.localhost").get("docs").statusCode()).isEqualTo(404);
    assertThat(http.get("t/acme/docs").statusCode()).isEqualTo(404);
  }
}
