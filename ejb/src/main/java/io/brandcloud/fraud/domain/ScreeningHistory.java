package io.brandcloud.fraud.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * What the panel knows of a person or organisation that the rules weigh: earlier checks, orders,
 * payments and cards.
 */
public interface ScreeningHistory {

  /** How many checks of {@code kind} came from {@code network} since then. */
  long countFromNetwork(CheckKind kind, String network, Instant since);

  /**
   * Whether the organisation ordered before: a server (not one held for review or ended without
   * ever being built) or a subscription, or staff approved an order of theirs.
   */
  boolean hasOrdered(long organisationId);

  /** Whether the organisation paid anything in before. */
  boolean hasPaid(long organisationId);

  /** Whether staff approved an order or top-up of the organisation: neither is held any more. */
  boolean orderApproved(long organisationId);

  /** The display name of a user. */
  Optional<String> nameOf(long userId);

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

  /**
   * Whether staff approved a top-up of the organisation paid with the card before: the card by its
   * fingerprint, or where the gateway told none, by its issuing country.
   */
  boolean cardApproved(long organisationId, String fingerprint, String country);
}
