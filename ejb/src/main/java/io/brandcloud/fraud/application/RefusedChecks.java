package io.brandcloud.fraud.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.fraud.domain.CheckKind;
import io.brandcloud.fraud.domain.CheckRecords;
import io.brandcloud.fraud.domain.ScreenedPerson;
import io.brandcloud.fraud.domain.Verdict;
import io.brandcloud.shared.Money;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * A check whose order or sign-up is refused (outright, or until staff reviewed it), kept on its
 * own: the refusal rolls back whatever the caller began.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RefusedChecks {

  @Inject CheckRecords records;
  @Inject AuditLog audit;

  /**
   * @param subject what was ordered, for a check held for review; null otherwise
   */
  public void record(
      CheckKind kind,
      ScreenedPerson person,
      Money amount,
      Verdict verdict,
      Instant at,
      String subject) {
    long id = records.record(kind, person, amount, verdict, at);
    if (subject != null) {
      records.describe(id, subject);
    }
    audit.record(
        null,
        subject == null ? "fraud.refused" : "fraud.held",
        "fraud check " + id,
        kind + " of " + person.email() + ", score " + verdict.score());
  }
}
