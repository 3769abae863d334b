package io.brandcloud.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContrastTest {

  @Test
  void ratiosAreWcags() {
    assertThat(Contrast.ratio("#000000", "#ffffff")).isCloseTo(21.0, within(0.001));
    assertThat(Contrast.ratio("#ffffff", "#ffffff")).isCloseTo(1.0, within(0.001));
    assertThat(Contrast.ratio("#767676", "#ffffff")).isCloseTo(4.54, within(0.01));
    assertThat(Contrast.ratio("#ffffff", "#4dabf7")).isCloseTo(2.48, within(0.01));
  }

  @Test
  void globexsLightBlueCarriesBlackTextAndIsDarkenedAsTextOnWhite() {
    Brand globex = new Brand("Globex Hosting", "#4dabf7", null, false);
    assertThat(globex.textOnPrimary()).isEqualTo("#000000");
    assertThat(Contrast.ratio(globex.primaryAsText(), "#ffffff")).isGreaterThanOrEqualTo(4.5);
    assertThat(Contrast.ratio(globex.primaryAsText(), "#f6f7f9")).isGreaterThanOrEqualTo(4.5);
    assertThat(globex.primaryAsText()).isNotEqualTo("#000000").isNotEqualTo("#4dabf7");
  }

  @Test
  void whiteTextIsKeptWhereItReadsAndAColourThatReadsAsTextIsKept() {
    Brand deep = new Brand("Deep", "#1864ab", null, false);
    assertThat(deep.textOnPrimary()).isEqualTo("#ffffff");
    assertThat(deep.primaryAsText()).isEqualTo("#1864ab");
  }

  @Test
  void acmesOrangeIsTooLightForWhiteText() {
    Brand acme = new Brand("Acme Cloud", "#d9480f", null, false);
    assertThat(Contrast.ratio("#ffffff", "#d9480f")).isLessThan(4.5);
    assertThat(acme.textOnPrimary()).isEqualTo("#000000");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"#000000", "#ffffff", "#4dabf7", "#ffd43b", "#2f9e44", "#777777", "#c92a2a"})
  void everyColourReadsOnItsOwnTextAndAsTextOnLightAndDarkPages(String colour) {
    for (boolean dark : new boolean[] {false, true}) {
      Brand brand = new Brand("Shop", colour, null, dark);
      assertThat(Contrast.ratio(brand.textOnPrimary(), colour)).isGreaterThanOrEqualTo(4.5);
      assertThat(Contrast.ratio(brand.primaryAsText(), brand.surfaceColor()))
          .isGreaterThanOrEqualTo(4.5);
      assertThat(Contrast.ratio(brand.primaryAsText(), brand.pageColor()))
          .isGreaterThanOrEqualTo(4.5);
    }
  }

  @Test
  void onlyHexColoursAreMeasured() {
    assertThatThrownBy(() -> Contrast.ratio("red", "#ffffff"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
