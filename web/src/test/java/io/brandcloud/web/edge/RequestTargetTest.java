package io.brandcloud.web.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestTargetTest {

  @Test
  void ordinaryPathsAndQueriesArePlain() {
    assertThat(RequestTarget.isPlain("/t/acme/api/v1/servers", "page=2&limit=20")).isTrue();
    assertThat(RequestTarget.isPlain("/t/acme/%E2%82%AC", "actor=Zo%C3%AB+M%C3%BCller")).isTrue();
    assertThat(RequestTarget.isPlain("/t/acme/", null)).isTrue();
    assertThat(RequestTarget.isPlain("/t/acme/a%20b", "q=%E2%80%AEtxt&flag")).isTrue();
  }

  @Test
  void controlCharactersInThePathOrQueryAreNot() {
    assertThat(RequestTarget.isPlain("/t/acme/api/v1/me%00", null)).isFalse();
    assertThat(RequestTarget.isPlain("/t/acme/api/v1/servers%01", null)).isFalse();
    assertThat(RequestTarget.isPlain("/t/acme/%7F", null)).isFalse();
    assertThat(RequestTarget.isPlain("/t/acme/x%0Ay", null)).isFalse();
    assertThat(RequestTarget.isPlain("/t/acme/api/v1/admin/audit", "actor=%00")).isFalse();
    assertThat(RequestTarget.isPlain("/t/acme/api/v1/admin/audit", "a=1&%01=2")).isFalse();
    assertThat(RequestTarget.isPlain("/t/acme/", "x=%C2%85")).isFalse();
  }

  @Test
  void invalidUtf8AndBrokenEscapesAreNot() {
    assertThat(RequestTarget.isPlain("/t/acme/%C0%AF", null)).as("overlong /").isFalse();
    assertThat(RequestTarget.isPlain("/t/acme/%FF", null)).isFalse();
    assertThat(RequestTarget.isPlain("/t/acme/%ED%A0%80", null)).as("a surrogate").isFalse();
    assertThat(RequestTarget.isPlain("/t/acme/%E2%82", null)).as("truncated").isFalse();
    assertThat(RequestTarget.isPlain("/t/acme/", "q=%zz")).isFalse();
    assertThat(RequestTarget.isPlain("/t/acme/", "q=%4")).isFalse();
    assertThat(RequestTarget.isPlain("/t/acme/\ud800", null)).isFalse();
  }

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
