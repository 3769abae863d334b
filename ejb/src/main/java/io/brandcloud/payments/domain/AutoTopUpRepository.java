package io.brandcloud.payments.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The current tenant's standing orders ({@code auto_top_ups}). */
public interface AutoTopUpRepository {

  Optional<AutoTopUp> find(long organisationId);

  /** Keeps a card saved at a checkout; the order stays off until the customer turns it on. */
  void saveCard(long organisationId, long gatewayId, SavedCard card);

  void configure(long organisationId, BigDecimal threshold, BigDecimal amount, boolean enabled);

  /** The enabled orders that were not tried in the last day and are not due already. */
  List<AutoTopUp> eligible(Instant now);

  void markDue(long organisationId, Instant now);

  Optional<Instant> nextDue();

  /** Forgets the saved card and the order. */
  void remove(long organisationId);

  /**
   * Takes up to {@code limit} due orders; each counts as tried at the time it fell due (the
   * charging run's), which starts its day.
   */
  List<AutoTopUp> claimDue(int limit);

  void attempted(long organisationId, String failure);
}
