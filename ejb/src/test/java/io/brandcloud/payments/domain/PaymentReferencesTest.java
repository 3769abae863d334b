package io.brandcloud.payments.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaymentReferencesTest {

  @Test
  void aReferenceNamesItsTenantAndKind() {
    assertThat(PaymentReferences.payment("acme-cloud", 42)).isEqualTo("acme-cloud-pay-42");
    assertThat(PaymentReferences.paymentOf("acme-cloud", "acme-cloud-pay-42")).hasValue(42);
    assertThat(PaymentReferences.refundOf("acme-cloud", PaymentReferences.refund("acme-cloud", 7)))
        .hasValue(7);
  }

  @Test
  void anotherTenantsOrKindsReferenceNamesNothingHere() {
    assertThat(PaymentReferences.paymentOf("acme", "globex-pay-42")).isEmpty();
    assertThat(PaymentReferences.paymentOf("acme", "acme-cloud-pay-42")).isEmpty();
    assertThat(PaymentReferences.paymentOf("acme", "acme-refund-42")).isEmpty();
    assertThat(PaymentReferences.paymentOf("acme", null)).isEmpty();
    assertThat(PaymentReferences.paymentOf("acme", "acme-pay-42x")).isEmpty();
    assertThat(PaymentReferences.paymentOf("acme", "acme-pay-99999999999999999999")).isEmpty();
  }
}
