package io.brandcloud.support.mailin.infrastructure;

import io.brandcloud.tenancy.AcrossPlacements;
import io.brandcloud.tenancy.Placements;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;

/**
 * Claims the tenants whose mailbox is due, in a short transaction of its own: moving a row's next
 * check a minute on is the claim, so two nodes never read one mailbox at once.
 */
@Stateless
public class MailboxClaims {

  static final int INTERVAL_SECONDS = 60;

  /** Claims on every placement, each for the tenants it holds. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public List<Long> claimDue(int max) {
    // a tenant being moved is claimed and passed over: its mailbox is read a minute later
    return AcrossPlacements.query(
            "UPDATE platform.mailbox_checks SET next_check_at = now() + make_interval(secs => ?)"
                + " WHERE tenant_id IN (SELECT tenant_id FROM platform.mailbox_checks"
                + " WHERE next_check_at <= now() ORDER BY next_check_at LIMIT ? FOR UPDATE SKIP LOCKED)"
                + " RETURNING tenant_id",
            row -> row.getLong(1),
            INTERVAL_SECONDS,
            max)
        .stream()
        .filter(tenant -> !Placements.isMoving(tenant))
        .toList();
  }
}
