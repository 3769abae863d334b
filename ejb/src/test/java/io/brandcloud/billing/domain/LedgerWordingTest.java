package io.brandcloud.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.shared.GermanBundles;
import io.brandcloud.shared.Money;
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
  void aSubscriptionsTermItsTaxAndItsCreditNameTheProductCycleAndDaysInTheReadersWords() {
    LedgerText term = LedgerWording.TERM.with("Managed WordPress", "semi_annual", "2026-12-01");
    LedgerText tax = LedgerWording.TAX_ON.withTexts(term);
    LedgerText credit =
        LedgerWording.CREDIT_NOTE.withTexts(
            LedgerText.asWritten("CN-2026-0001"),
            LedgerText.asWritten("INV-2026-0009"),
            LedgerWording.TERM_CREDIT.with("Managed WordPress", "2027-06-01"));

    assertThat(tax.english())
        .isEqualTo("Tax on Managed WordPress, semi_annual term from 2026-12-01");
    assertThat(tax.in(Locale.ENGLISH))
        .isEqualTo("Tax on Managed WordPress, semi-annual term from Dec 1, 2026");
    assertThat(tax.in(Locale.GERMAN))
        .isEqualTo("Steuer auf Managed WordPress, halbj\u00e4hrliche Laufzeit ab 01.12.2026");
    assertThat(credit.english())
        .isEqualTo(
            "Credit note CN-2026-0001 for invoice INV-2026-0009: Managed WordPress: the unused"
                + " part of the term to 2027-06-01 given back");
    assertThat(credit.in(Locale.GERMAN))
        .isEqualTo(
            "Gutschrift CN-2026-0001 zur Rechnung INV-2026-0009: Managed WordPress: ungenutzter"
                + " Teil der Laufzeit bis 31.05.2027 erstattet");
  }

  @Test
  void aTextWithinATextIsKeptWhole() {
    LedgerText topUp = LedgerWording.TOP_UP.with("stripe");
    LedgerText reversal =
        LedgerWording.REVERSAL.withTexts(topUp, LedgerText.asWritten("Chargeback {1}"));

    LedgerText stored =
        LedgerText.stored(reversal.english(), reversal.wordingName(), reversal.valuesJson());

    assertThat(stored).isEqualTo(reversal);
    assertThat(stored.english()).isEqualTo("Reversal of Top-up by Stripe: Chargeback {1}");
    assertThat(stored.in(Locale.GERMAN))
        .isEqualTo("Storno \u2013 Aufladung \u00fcber Stripe: Chargeback {1}");
  }

  @Test
  void aTextWithinATextThatThisVersionDoesNotKnowReadsAsItsEnglish() {
    LedgerText stored =
        LedgerText.stored(
            "Reversal of Later: oops",
            "REVERSAL",
            "[{\"english\":\"Later\",\"wording\":\"SOMETHING_NEW\",\"values\":[]},\"oops\"]");

    assertThat(stored.in(Locale.GERMAN)).isEqualTo("Storno \u2013 Later: oops");
  }

  @Test
  void rowsMigration079GaveAWordingReadAsTheyWouldHadTheyBeenWrittenNow() {
    // as PostgreSQL's json_build_object writes them (tenant changeset 079)
    LedgerText credit =
        LedgerText.stored(
            "Credit note CN-1 for invoice INV-4: Hosting: the unused part of the term to"
                + " 2027-01-01 given back",
            "CREDIT_NOTE",
            "[\"CN-1\", \"INV-4\", {\"english\" : \"Hosting: the unused part of the term to"
                + " 2027-01-01 given back\", \"wording\" : \"TERM_CREDIT\", \"values\" :"
                + " [\"Hosting\", \"2027-01-01\"]}]");
    LedgerText reversal =
        LedgerText.stored(
            "Reversal of Top-up by Stripe: Chargeback: fraud",
            "REVERSAL",
            "[{\"english\" : \"Top-up by Stripe\", \"wording\" : \"TOP_UP\", \"values\" :"
                + " [\"stripe\"]}, \"Chargeback: fraud\"]");

    assertThat(credit)
        .isEqualTo(
            LedgerWording.CREDIT_NOTE.withTexts(
                LedgerText.asWritten("CN-1"),
                LedgerText.asWritten("INV-4"),
                LedgerWording.TERM_CREDIT.with("Hosting", "2027-01-01")));
    assertThat(reversal)
        .isEqualTo(
            LedgerWording.REVERSAL.withTexts(
                LedgerWording.TOP_UP.with("stripe"), LedgerText.asWritten("Chargeback: fraud")));
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aTextKeptInASessionBeforeValuesWereTextsOfTheirOwnStillReads() {
    List plainValues = List.of("stripe");

    LedgerText kept = new LedgerText("Top-up by Stripe", LedgerWording.TOP_UP, plainValues);

    assertThat(kept.in(Locale.GERMAN)).isEqualTo("Aufladung \u00fcber Stripe");
  }

  @Test
  void theBackupRemedysMonthIsNamed() {
    LedgerText back = LedgerWording.BACKUPS_GIVEN_BACK.with("2026-10");

    assertThat(back.english())
        .isEqualTo("Backups billed but never switched on in 2026-10: given back");
    assertThat(back.in(Locale.GERMAN))
        .isEqualTo("Backups im Oktober 2026 berechnet, aber nie eingeschaltet: erstattet");
  }

  @Test
  void anInvoicesLinesKeepTheirEnglishAndAreSaidInTheReadersWords() {
    assertThat(
            List.of(
                new ServerUsage(1, "web-1", "Small", 744, Money.of("5", "EUR")).text(),
                new ServerUsage(
                        1, "web-1", LedgerWording.SNAPSHOTS_LINE, null, 20, Money.of("1", "EUR"))
                    .text(),
                new ServerUsage(
                        1, "web-1", LedgerWording.VOLUME_LINE, "data", 20, Money.of("1", "EUR"))
                    .text(),
                LedgerWording.TRANSFER_LINE.with("1234.5"),
                LedgerWording.TERM_LINE.with("Mail", "quarterly", "2026-12-01", "2027-02-28"),
                LedgerWording.SETUP_FEE_LINE.with("Mail"),
                LedgerWording.COUPON_LINE.with("SPRING")))
        .extracting(LedgerText::english, t -> t.in(Locale.GERMAN))
        .containsExactly(
            tuple("web-1 (Small), 744 h", "web-1 (Small), 744 Std."),
            tuple("web-1 (snapshots), 20 h", "web-1 (Snapshots), 20 Std."),
            tuple("web-1 (volume data), 20 h", "web-1 (Volume data), 20 Std."),
            tuple(
                "Transfer above the pool, 1234.5 GB",
                "Datenvolumen \u00fcber dem Kontingent, 1.234,5 GB"),
            tuple(
                "Mail, quarterly term 2026-12-01 to 2027-02-28",
                "Mail, viertelj\u00e4hrliche Laufzeit 01.12.2026 bis 28.02.2027"),
            tuple("Mail, set-up fee", "Mail, Einrichtungsgeb\u00fchr"),
            tuple("Coupon SPRING", "Gutschein SPRING"));
  }

  @Test
  void linesMigration080GaveAWordingReadAsTheyWouldHadTheyBeenWrittenNow() {
    // as PostgreSQL's json_build_array writes them (tenant changeset 080)
    LedgerText address =
        LedgerText.stored(
            "web-1 (IPv4 address 192.0.2.7), 3 h",
            "ADDRESS_LINE",
            "[\"web-1\", \"192.0.2.7\", \"3\"]");

    assertThat(address)
        .isEqualTo(
            new ServerUsage(
                    1, "web-1", LedgerWording.ADDRESS_LINE, "192.0.2.7", 3, Money.of("1", "EUR"))
                .text());
    assertThat(address.in(Locale.GERMAN)).isEqualTo("web-1 (IPv4-Adresse 192.0.2.7), 3 Std.");
  }

  @Test
  void everyWordingHasItsGermanAndEveryGermanWordingItsEnglish() {
    GermanBundles.assertGermanSaysEverything("io.brandcloud.billing.domain.ledger");
    List<LedgerText> values =
        List.of(
            LedgerText.asWritten("stripe"),
            LedgerText.asWritten("monthly"),
            LedgerText.asWritten("2026-12-01"));
    for (LedgerWording wording : LedgerWording.values()) {
      assertThat(wording.in(Locale.GERMAN, values)).as(wording.name()).isNotBlank();
      assertThat(wording.in(Locale.GERMAN, values))
          .as(wording.name())
          .isNotEqualTo(wording.in(Locale.ENGLISH, values));
    }
  }
}
