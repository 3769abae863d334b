package io.brandcloud.web.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaticAnswersTest {

  @Test
  void scriptsStylesAndSvgAreWorthCompressingImagesAreNot() {
    assertThat(StaticAnswers.isText("application/javascript;charset=UTF-8")).isTrue();
    assertThat(StaticAnswers.isText("text/css")).isTrue();
    assertThat(StaticAnswers.isText("image/svg+xml")).isTrue();
    assertThat(StaticAnswers.isText("image/png")).isFalse();
    assertThat(StaticAnswers.isText("font/woff2")).isFalse();
    assertThat(StaticAnswers.isText(null)).isFalse();
  }

  @Test
  void aTinyAnswerIsSentAsItIsAndOneOfUnknownLengthIsCompressed() {
    assertThat(StaticAnswers.largeEnough("200")).isFalse();
    assertThat(StaticAnswers.largeEnough("535000")).isTrue();
    assertThat(StaticAnswers.largeEnough(null)).isTrue();
  }
}
