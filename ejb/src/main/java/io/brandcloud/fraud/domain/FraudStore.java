package io.brandcloud.fraud.domain;

import io.brandcloud.shared.Money;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The tenant's screening policy, its checks with their signals, and its block list. */
public interface FraudStore {

  FraudPolicy policy();

  void savePolicy(FraudPolicy policy, String actor, Instant at);

  /** Records a check and its signals; its id. A check held for review starts pending. */
  long record(CheckKind kind, ScreenedPerson person, Money amount, Verdict verdict, Instant at);

  /** Names what a check held for review is about, for staff. */
  void describe(long checkId, String subject);

  /** How many checks of {@code kind} came from {@code network} since then. */
  long countFromNetwork(CheckKind kind, String network, Instant since);

  /**
   * Whether the organisation ordered before: a server (not one held for review or ended without
   * ever being built) or a subscription, or staff approved an order of theirs.
   */
  boolean hasOrdered(long organisationId);

  /** The block-list entries that match any of these (each lower-cased, null for unknown). */
  List<Block> matching(
      String email, List<String> domains, String name, String address, String network);

  void attachUser(long checkId, long userId);

  void holdsServer(long checkId, long serverId, String subject);

  /** The customer deleted a held server: its pending check needs no decision any more. */
  void withdraw(long serverId, String by, Instant at);

  /** The display name of a user. */
  Optional<String> nameOf(long userId);

  /** Whether the organisation paid anything in before. */
  boolean hasPaid(long organisationId);

  /** Whether staff approved an order or top-up of the organisation: neither is held any more. */
  boolean orderApproved(long organisationId);

  /**
   * Whether the user's sign-up, or a paid top-up of the organisation, waits for review: until it is
   * decided, nothing more is ordered or topped up.
   */
  boolean underReview(long userId, long organisationId);

  /**
   * A succeeded payment not screened yet, with what the gateway told of its card, and whose
   * organisation it is.
   */
  Optional<PaidByCard> paidByCard(long paymentId);

  /** How many other organisations paid with the card. */
  long othersWithCard(String fingerprint, long organisationId);

  /** Whether staff approved a top-up of the organisation paid with the card before. */
  boolean cardApproved(long organisationId, String fingerprint);

  /** A check about a paid top-up names its payment; {@code subject} names it for staff. */
  void holdsPayment(long checkId, long paymentId, String subject);

  /** Held or refused checks, newest first. */
  Page<CheckView> checks(CheckFilter filter, PageRequest page);

  /** Every check of one user, newest first. */
  List<CheckView> ofUser(long userId, int limit);

  Optional<CheckView> find(long checkId);

  /** The check if it still waits for review, locked until the transaction ends. */
  Optional<CheckView> lockPending(long checkId);

  void decide(long checkId, ReviewStatus status, String by, String reason, Instant at);

  Page<Block> blocks(PageRequest page);

  /** Adds an entry; false when the same kind and value are blocked already. */
  boolean block(BlockKind kind, String value, String reason, String by, Instant at);

  Optional<Block> unblock(long blockId);
}
