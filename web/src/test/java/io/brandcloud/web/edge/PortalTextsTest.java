package io.brandcloud.web.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.tenancy.Brand;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PortalTextsTest {

  @Test
  void theFirstLanguageThePortalSpeaksWins() {
    assertThat(language(Locale.FRENCH, Locale.GERMANY, Locale.ENGLISH)).isEqualTo(Locale.GERMAN);
    assertThat(language(Locale.US)).isEqualTo(Locale.ENGLISH);
    assertThat(language(Locale.JAPANESE)).isEqualTo(Locale.ENGLISH);
    assertThat(language()).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void theTabIconIsTheProductsInitialOnItsColourAndEscapesWhatItShows() {
    assertThat(Favicon.svg(new Brand("acme Cloud", "#d9480f", null)))
        .contains("fill=\"#d9480f\"")
        .as("white reads at 4.3:1 only on that orange")
        .contains("fill=\"#000000\"")
        .contains(">A</text>");
    assertThat(Favicon.svg(new Brand("<b>", "#000000", null))).contains(">&lt;</text>");
  }

  private static Locale language(Locale... preferred) {
    return PortalTexts.languageOf(Collections.enumeration(List.of(preferred)));
  }
}
