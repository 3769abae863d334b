package io.brandcloud.it;

import io.brandcloud.billing.application.ManualInvoices;
import io.brandcloud.it.TestTenants.Fixture;
import java.math.BigDecimal;
import java.util.List;

/** Invoices the scenarios need, made the way staff make them. */
final class TestInvoices {

  private TestInvoices() {}

  /** A manual invoice of 10.00 to {@code organisationId}, issued and paid from its wallet. */
  static long paid(Fixture shop, ManualInvoices manual, long organisationId) {
    long draft =
        shop.as(
            () ->
                manual.draft(
                    organisationId,
                    List.of(new ManualInvoices.LineInput("Migration", new BigDecimal("10.00"))),
                    14,
                    "t"));
    shop.as(() -> manual.issue(organisationId, draft, "t"));
    shop.as(() -> manual.pay(organisationId, draft));
    return draft;
  }
}
