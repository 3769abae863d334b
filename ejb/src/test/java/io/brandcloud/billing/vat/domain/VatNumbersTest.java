package io.brandcloud.billing.vat.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VatNumbersTest {

  @Test
  void aNumberIsTakenWithOrWithoutItsCodeAndWithTheSpacesAndDotsPeopleWrite() {
    assertThat(VatNumbers.parse("DE", "DE 123 456 789")).contains(new VatNumber("DE", "123456789"));
    assertThat(VatNumbers.parse("DE", "123456789")).contains(new VatNumber("DE", "123456789"));
    assertThat(VatNumbers.parse("BE", "be 0123.456.789"))
        .contains(new VatNumber("BE", "0123456789"));
    assertThat(VatNumbers.parse("NL", "NL123456789B01"))
        .contains(new VatNumber("NL", "123456789B01"));
    assertThat(VatNumbers.parse("FR", "FR40303265045"))
        .contains(new VatNumber("FR", "40303265045"));
  }

  @Test
  void aBusinessBilledInOneStateMayHoldTheNumberOfAnother() {
    assertThat(VatNumbers.parse("DE", "ATU12345678")).contains(new VatNumber("AT", "U12345678"));
    assertThat(VatNumbers.parseIfWellFormed("DE", "DE123")).isEmpty();
  }

  @Test
  void greeceIsGrToPeopleAndElToVies() {
    assertThat(VatNumbers.covers("GR")).isTrue();
    assertThat(VatNumbers.parse("GR", "GR123456789")).contains(new VatNumber("EL", "123456789"));
    assertThat(VatNumbers.parse("GR", "EL123456789")).contains(new VatNumber("EL", "123456789"));
  }

  @Test
  void aNumberOfTheWrongShapeIsRefusedWithOneOfTheRightShape() {
    assertThatThrownBy(() -> VatNumbers.parse("DE", "DE12345"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Not a VAT number of DE: one looks like DE123456789");
    assertThatThrownBy(() -> VatNumbers.parse("AT", "AT12345678"))
        .hasMessageContaining("ATU12345678");
    assertThatThrownBy(() -> VatNumbers.parse("NL", "NL123456789"))
        .hasMessageContaining("NL123456789B01");
  }

  @Test
  void otherCountriesAndNoTaxIdAreNotViesBusiness() {
    assertThat(VatNumbers.covers("CH")).isFalse();
    assertThat(VatNumbers.covers("GB")).isFalse();
    assertThat(VatNumbers.covers(null)).isFalse();
    assertThat(VatNumbers.parse("CA", "CA123456789RT0001")).isEmpty();
    assertThat(VatNumbers.parse("DE", null)).isEmpty();
    assertThat(VatNumbers.parse("DE", "  ")).isEmpty();
  }

  @Test
  void theSellersOwnNumberIsFoundInWhatItsInvoicesPrint() {
    assertThat(VatNumbers.firstIn("VAT DE987654321")).contains(new VatNumber("DE", "987654321"));
    assertThat(VatNumbers.firstIn("EORI GB123; USt-IdNr. DE 987 654 321"))
        .contains(new VatNumber("DE", "987654321"));
    assertThat(VatNumbers.firstIn("Steuernummer 12/345/67890")).isEmpty();
    assertThat(VatNumbers.firstIn(null)).isEmpty();
  }
}
