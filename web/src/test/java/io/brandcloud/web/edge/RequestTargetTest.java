package io.brandcloud.web.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestTargetTest {

  @Test
  void forwardedPathsAreDecodedOnceOnly() {
    assertThat(RequestTarget.encodePath("/api/v1/servers/12/backup"))
        .isEqualTo("/api/v1/servers/12/backup");
    assertThat(RequestTarget.encodePath("/%57EB-INF/web.xml")).isEqualTo("/%2557EB-INF/web.xml");
    assertThat(RequestTarget.encodePath("/€")).isEqualTo("/%E2%82%AC");
    assertThat(RequestTarget.encodePath("/servers/ 1;x?y#z"))
        .isEqualTo("/servers/%201%3Bx%3Fy%23z");
    assertThat(RequestTarget.encodePath("/portal/index.xhtml")).isEqualTo("/portal/index.xhtml");
  }
}
