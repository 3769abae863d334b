package io.brandcloud.web.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

  @Test
  void keepsAShortTokenAndReplacesAnythingElse() {
    assertThat(RequestIds.accept("lb-7f3a.9:2_x")).isEqualTo("lb-7f3a.9:2_x");
    assertThat(RequestIds.accept("a".repeat(64))).hasSize(64);
    for (String unfit : new String[] {null, "", "a b", "<script>", "a".repeat(65), "ä", "x\ny"}) {
      assertThat(RequestIds.accept(unfit)).as(String.valueOf(unfit)).matches("[0-9a-f]{8}");
    }
  }
}
