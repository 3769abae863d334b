package io.brandcloud.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.shared.BrandcloudException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalesTest {

  @Test
  void aSupportedTagIsKeptInItsCanonicalForm() {
    assertThat(Locales.require("locale", "de-CH")).isEqualTo("de-CH");
    assertThat(Locales.require("locale", "EN-gb")).isEqualTo("en-GB");
    assertThat(Locales.require("locale", " fr ")).isEqualTo("fr");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not a tag", "de_CH", "xx", "en-ZZ", "und"})
  void anythingElseIsRefused(String tag) {
    assertThatThrownBy(() -> Locales.require("locale", tag))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("locale");
  }
}
