package io.brandcloud.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.shared.GermanBundles;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LedgerWordingTest {

  @Test
  void whatTheSystemWritesIsKeptInEnglishAndSaidInTheReadersLanguage() {
    LedgerText topUp = LedgerWording.AUTO_TOP_UP.with("test");

    assertThat(topUp.english()).isEqualTo("Automatic top-up by Test gateway");
    assertThat(topUp.in(Locale.GERMAN))
        .isEqualTo("Automatische Aufladung \u00fcber Test-Zahlungsanbieter");
    assertThat(topUp.in(Locale.forLanguageTag("fr"))).isEqualTo(topUp.english());
  }

  @Test
  void aRowKeptWithItsWordingReadsAsItWasWrittenAndValuesNeedNoEscapingOfTheirOwn() {
    LedgerText written = LedgerWording.CREDIT_NOTE.with("CN-1", "INV-7", "Outage: \"4th\" {0}");

    LedgerText stored =
        LedgerText.stored(written.english(), written.wordingName(), written.valuesJson());

    assertThat(stored).isEqualTo(written);
    assertThat(stored.english())
        .isEqualTo("Credit note CN-1 for invoice INV-7: Outage: \"4th\" {0}");
    assertThat(stored.in(Locale.GERMAN))
        .isEqualTo("Gutschrift CN-1 zur Rechnung INV-7: Outage: \"4th\" {0}");
  }

  @Test
  void staffsOwnWordsAndWordingsThisVersionDoesNotKnowStayAsWritten() {
    assertThat(LedgerText.stored("Goodwill", null, null).in(Locale.GERMAN)).isEqualTo("Goodwill");
    assertThat(LedgerText.stored("Later", "SOMETHING_NEW", "[\"x\"]").in(Locale.GERMAN))
        .isEqualTo("Later");
    assertThat(LedgerText.stored("Broken", "TOP_UP", "{\"not\":\"a list\"}").in(Locale.GERMAN))
        .isEqualTo("Broken");
  }

  @Test
  void theEnglishGatewayNamesAreThoseTheGatewaysGoBy() {
    for (GatewayKind gateway : GatewayKind.values()) {
      assertThat(LedgerWording.TOP_UP.with(gateway.wireName()).english())
          .isEqualTo("Top-up by " + gateway.displayName());
    }
  }

  @Test
  void everyWordingHasItsGermanAndEveryGermanWordingItsEnglish() {
    GermanBundles.assertGermanSaysEverything("io.brandcloud.billing.domain.ledger");
    for (LedgerWording wording : LedgerWording.values()) {
      assertThat(wording.in(Locale.GERMAN, List.of("stripe", "42", "x")))
          .as(wording.name())
          .isNotBlank();
    }
  }
}
