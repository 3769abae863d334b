package io.brandcloud.fraud.application;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.fraud.domain.Block;
import io.brandcloud.fraud.domain.BlockKind;
import io.brandcloud.fraud.domain.BlockList;
import io.brandcloud.fraud.domain.CheckFilter;
import io.brandcloud.fraud.domain.CheckRecords;
import io.brandcloud.fraud.domain.CheckView;
import io.brandcloud.fraud.domain.FraudCheckDecided;
import io.brandcloud.fraud.domain.ReviewStatus;
import io.brandcloud.outbox.Outbox;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.Validation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The review queue and the block list staff work: a held check is approved (what waits on it goes
 * on) or denied with a reason (a held order is cancelled, a held sign-up's login is closed); the
 * areas that wait hear of it by an event. Every decision and block is audited.
 */
@Stateless
public class FraudReviews {

  static final int REASON_LENGTH = 500;

  @Inject BlockList blockList;
  @Inject CheckRecords records;
  @Inject Outbox outbox;
  @Inject AuditLog audit;
  @Inject ApplicationClock clock;

  /** Held or refused checks, newest first. */
  public Page<CheckView> checks(CheckFilter filter, PageRequest page) {
    CurrentCaller.requireStaff(StaffPermission.FRAUD_REVIEW);
    return records.checks(filter, page);
  }

  public CheckView check(long checkId) {
    CurrentCaller.requireStaff(StaffPermission.FRAUD_REVIEW);
    return records
        .find(checkId)
        .orElseThrow(() -> BrandcloudException.notFound("Check " + checkId));
  }

  /** The checks of one user, newest first, for the customer's page. */
  public List<CheckView> ofUser(long userId) {
    CurrentCaller.requireStaff(StaffPermission.FRAUD_REVIEW);
    return records.ofUser(userId, 20);
  }

  public CheckView approve(long checkId, String note) {
    return decide(
        checkId, ReviewStatus.APPROVED, Validation.optionalText("reason", note, REASON_LENGTH));
  }

  public CheckView deny(long checkId, String reason) {
    return decide(
        checkId, ReviewStatus.DENIED, Validation.requireText("reason", reason, REASON_LENGTH));
  }

  private CheckView decide(long checkId, ReviewStatus decision, String reason) {
    Caller staff = CurrentCaller.requireStaff(StaffPermission.FRAUD_REVIEW);
    CheckView check =
        records
            .lockPending(checkId)
            .orElseThrow(
                () ->
                    records.find(checkId).isPresent()
                        ? new BrandcloudException(
                            ErrorCode.CONFLICT, "This check was decided already")
                        : BrandcloudException.notFound("Check " + checkId));
    records.decide(checkId, decision, staff.name(), reason, clock.now());
    boolean approved = decision == ReviewStatus.APPROVED;
    outbox.publish(
        new FraudCheckDecided(
            checkId,
            check.kind(),
            check.userId(),
            check.serverId(),
            check.paymentId(),
            approved,
            reason));
    audit.record(
        null,
        approved ? "fraud.approved" : "fraud.denied",
        "fraud check " + checkId,
        check.kind() + " of " + check.email() + (reason == null ? "" : ": " + reason));
    return records.find(checkId).orElseThrow();
  }

  public Page<Block> blocks(PageRequest page) {
    CurrentCaller.requireStaff(StaffPermission.FRAUD_REVIEW);
    return blockList.blocks(page);
  }

  /** Blocks an address, domain, name or client address; 409 when it is blocked already. */
  public void block(BlockKind kind, String value, String reason) {
    Caller staff = CurrentCaller.requireStaff(StaffPermission.FRAUD_REVIEW);
    if (kind == null) {
      throw BrandcloudException.invalid("kind", "kind is required");
    }
    String written = BlockValues.require(kind, value);
    String why = Validation.optionalText("reason", reason, REASON_LENGTH);
    if (!blockList.block(kind, written, why, staff.name(), clock.now())) {
      throw new BrandcloudException(ErrorCode.CONFLICT, "This is on the block list already");
    }
    audit.record(null, "fraud.blocked", kind + " " + written, why);
  }

  public void unblock(long blockId) {
    CurrentCaller.requireStaff(StaffPermission.FRAUD_REVIEW);
    Block removed =
        blockList
            .unblock(blockId)
            .orElseThrow(() -> BrandcloudException.notFound("Block-list entry " + blockId));
    audit.record(null, "fraud.unblocked", removed.kind() + " " + removed.value(), null);
  }
}
