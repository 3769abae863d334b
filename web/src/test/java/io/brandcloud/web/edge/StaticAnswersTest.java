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
  void onlyThePanelsOwnFilesAreStaticNotAPortalThatHappensToBeCalledAssets() {
    assertThat(StaticAnswers.isStatic("/jakarta.faces.resource/components.js.xhtml")).isTrue();
    assertThat(StaticAnswers.isStatic("/t/acme/jakarta.faces.resource/layout.css.xhtml")).isTrue();
    assertThat(StaticAnswers.isStatic("/t/acme/assets/v/0123456789ab/vnc-console.js")).isTrue();
    assertThat(StaticAnswers.isStatic("/t/assets/portal/index.xhtml")).isFalse();
    assertThat(StaticAnswers.isStatic("/t/assets/api/v1/servers")).isFalse();
    assertThat(StaticAnswers.isStatic("/portal/assets/x")).isFalse();
  }

  @Test
  void aTinyAnswerIsSentAsItIsAndOneOfUnknownLengthIsCompressed() {
    assertThat(StaticAnswers.largeEnough("200")).isFalse();
    assertThat(StaticAnswers.largeEnough("535000")).isTrue();
    assertThat(StaticAnswers.largeEnough(null)).isTrue();
  }
}
