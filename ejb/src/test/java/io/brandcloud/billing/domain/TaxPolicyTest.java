package io.brandcloud.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.billing.vat.domain.TaxIdStatus;
import io.brandcloud.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaxPolicyTest {

  private static final Money NET = Money.of("100.00", "CAD");

  private final TaxPolicy policy =
      new TaxPolicy(
          List.of(
              new TaxRule("CA", "QC", "QST", new BigDecimal("9.975"), true, false, 2),
              new TaxRule("CA", null, "GST", new BigDecimal("5"), false, false, 1),
              new TaxRule("CA", "ON", "HST", new BigDecimal("8"), false, false, 2),
              new TaxRule("FR", null, "VAT", new BigDecimal("20"), false, true, 1)));

  @Test
  void countryWideAndRegionalTaxesApplyInOrderAndACompoundTaxIncludesTheOnesBefore() {
    TaxAssessment quebec = policy.assess(customer("CA", "QC", null, false), NET);

    assertThat(quebec.lines()).extracting(TaxLine::name).containsExactly("GST", "QST");
    assertThat(quebec.lines())
        .extracting(l -> l.amount().roundedToMinorUnit().toPlainString())
        .containsExactly("5.00", "10.47");
    assertThat(quebec.total(NET.currency())).isEqualTo(Money.of("15.47", "CAD"));
    assertThat(quebec.note()).isNull();
  }

  @Test
  void aCustomerElsewhereInTheCountryPaysOnlyTheCountryWideTax() {
    assertThat(policy.assess(customer("CA", "BC", null, false), NET).lines())
        .extracting(TaxLine::name)
        .containsExactly("GST");
  }

  @Test
  void aCountryWithoutRulesIsNotTaxed() {
    TaxAssessment none = policy.assess(customer("US", "NY", null, false), NET);
    assertThat(none.lines()).isEmpty();
    assertThat(none.note()).isNull();
  }

  @Test
  void anExemptCustomerWithATaxIdPaysNoTaxAndTheInvoiceSaysWhy() {
    TaxAssessment exempt = policy.assess(customer("CA", "QC", "CA123456789RT0001", true), NET);
    assertThat(exempt.lines()).isEmpty();
    assertThat(exempt.note()).contains("exempt").contains("CA123456789RT0001");
  }

  @Test
  void exemptionNeedsATaxId() {
    assertThat(policy.assess(customer("CA", "QC", null, true), NET).lines()).hasSize(2);
  }

  @Test
  void reverseChargeAppliesToBusinessesWhoseVatNumberViesConfirmedOnly() {
    TaxAssessment business = policy.assess(customer("FR", "FR40303265045", TaxIdStatus.VALID), NET);
    assertThat(business.lines()).isEmpty();
    assertThat(business.treatment()).isEqualTo(TaxTreatment.REVERSE_CHARGE);
    assertThat(business.note()).startsWith("Reverse charge").contains("FR40303265045");

    TaxAssessment consumer = policy.assess(customer("FR", null, null, false), NET);
    assertThat(consumer.total(NET.currency())).isEqualTo(Money.of("20.00", "CAD"));
  }

  @Test
  void aVatNumberViesHasNotConfirmedPaysTheTaxAndTheInvoiceSaysWhy() {
    TaxAssessment waiting =
        policy.assess(customer("FR", "FR40303265045", TaxIdStatus.PENDING), NET);
    assertThat(waiting.treatment()).isEqualTo(TaxTreatment.TAXED);
    assertThat(waiting.total(NET.currency())).isEqualTo(Money.of("20.00", "CAD"));
    assertThat(waiting.note()).contains("FR40303265045").contains("not yet confirmed");

    TaxAssessment refused =
        policy.assess(customer("FR", "FR40303265045", TaxIdStatus.INVALID), NET);
    assertThat(refused.total(NET.currency())).isEqualTo(Money.of("20.00", "CAD"));
    assertThat(refused.note()).contains("not valid");

    TaxAssessment neverAsked = policy.assess(customer("FR", null, "FR40303265045", false), NET);
    assertThat(neverAsked.treatment()).isEqualTo(TaxTreatment.TAXED);
  }

  @Test
  void aTaxIdOfACountryViesDoesNotKeepCarriesAReverseChargeAsWritten() {
    TaxPolicy swiss =
        new TaxPolicy(
            List.of(new TaxRule("CH", null, "MWST", new BigDecimal("8.1"), false, true, 1)));
    TaxAssessment business = swiss.assess(customer("CH", null, "CHE-123.456.789", false), NET);
    assertThat(business.treatment()).isEqualTo(TaxTreatment.REVERSE_CHARGE);
  }

  @Test
  void eachTaxIsRoundedOnItsOwnHalfUp() {
    TaxAssessment quebec =
        policy.assess(customer("CA", "QC", null, false), Money.of("0.10", "CAD"));
    assertThat(quebec.lines())
        .extracting(l -> l.amount().roundedToMinorUnit().toPlainString())
        .containsExactly("0.01", "0.01");
  }

  private static BillingParty customer(String country, String taxId, TaxIdStatus status) {
    return new BillingParty("Customer", null, country, null, taxId, false, status);
  }

  private static BillingParty customer(
      String country, String region, String taxId, boolean exempt) {
    return new BillingParty("Customer", null, country, region, taxId, exempt);
  }
}
