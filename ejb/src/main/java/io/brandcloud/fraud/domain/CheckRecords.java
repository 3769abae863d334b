package io.brandcloud.fraud.domain;

import io.brandcloud.shared.Money;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The checks made, with their signals, and the decisions staff took on those held for review. */
public interface CheckRecords {

  /** Records a check and its signals; its id. A check held for review starts pending. */
  long record(CheckKind kind, ScreenedPerson person, Money amount, Verdict verdict, Instant at);

  /** Names what a check held for review is about, for staff. */
  void describe(long checkId, String subject);

  void attachUser(long checkId, long userId);

  void holdsServer(long checkId, long serverId, String subject);

  /** A check about a paid top-up names its payment; {@code subject} names it for staff. */
  void holdsPayment(long checkId, long paymentId, String subject);

  /** The customer deleted a held server: its pending check needs no decision any more. */
  void withdraw(long serverId, String by, Instant at);

  /** Held or refused checks, newest first. */
  Page<CheckView> checks(CheckFilter filter, PageRequest page);

  /** Every check of one user, newest first. */
  List<CheckView> ofUser(long userId, int limit);

  Optional<CheckView> find(long checkId);

  /** The check if it still waits for review, locked until the transaction ends. */
  Optional<CheckView> lockPending(long checkId);

  void decide(long checkId, ReviewStatus status, String by, String reason, Instant at);
}
