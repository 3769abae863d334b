package io.brandcloud.web.faces.billing;

import io.brandcloud.billing.domain.BillingParty;
import io.brandcloud.billing.vat.domain.TaxIdCheck;
import io.brandcloud.billing.vat.domain.TaxIdStatus;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.faces.shared.TimeFormat;
import java.util.Optional;

/** What VIES said of a tax id, as a sentence under the field; null when there is nothing to say. */
final class TaxIdCheckText {

  private TaxIdCheckText() {}

  static String of(Texts texts, TimeFormat times, BillingParty party, Optional<TaxIdCheck> check) {
    TaxIdStatus status = party.taxIdStatus();
    if (status == TaxIdStatus.UNCHECKED) {
      return null;
    }
    if (status == TaxIdStatus.PENDING || check.isEmpty() || check.get().answeredAt() == null) {
      return texts.format("portal.taxIdCheck.pending");
    }
    TaxIdCheck answered = check.get();
    String when = times.show(answered.answeredAt());
    if (status == TaxIdStatus.INVALID) {
      return texts.format("portal.taxIdCheck.invalid", when);
    }
    return answered.consultationNumber() == null
        ? texts.format("portal.taxIdCheck.validWithoutNumber", when)
        : texts.format("portal.taxIdCheck.valid", when, answered.consultationNumber());
  }
}
