package io.brandcloud.subscriptions.domain;

import io.brandcloud.catalog.domain.BillingCycle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The current tenant's subscriptions and their events. */
public interface SubscriptionRepository {

  void add(Subscription subscription);

  Optional<Subscription> byOrderReference(String orderReference);

  /** One of the organisation's subscriptions; another's is empty. */
  Optional<Subscription> ofOrganisation(long organisationId, long subscriptionId);

  /** One of the organisation's subscriptions, locked for a change; another's is empty. */
  Optional<Subscription> ofOrganisationForUpdate(long organisationId, long subscriptionId);

  Optional<Subscription> forUpdate(long subscriptionId);

  List<Subscription> ofOrganisation(long organisationId);

  /** Those whose paid time is over on {@code today} and that go on, by id after {@code afterId}. */
  List<Long> dueOn(LocalDate today, int limit, long afterId);

  /** The add-ons of a subscription that have not ended, locked for a change. */
  /**
   * Active subscriptions that renew after {@code today} and at the latest on {@code until}, with no
   * change waiting and no open invoice: their renewal is invoiced ahead.
   */
  List<Long> renewingWithoutInvoice(LocalDate today, LocalDate until, int limit, long afterId);

  List<Subscription> addOnsForUpdate(long parentId);

  /** The add-ons on the server that go on, locked. */
  List<Subscription> addOnsOfServerForUpdate(long serverId);

  /**
   * The subscriptions to the product, sold {@code cycle}, that pay an earlier price than {@code
   * currentPriceId} and are not moved to it yet, locked for the move.
   */
  List<Subscription> onEarlierPrice(long productId, BillingCycle cycle, long currentPriceId);

  /** How many subscriptions pay each product's earlier prices and are not moved yet. */
  List<EarlierPrices> onEarlierPrices();

  void answer(long subscriptionId, long fieldId, String answer);

  /** The answers the subscription was ordered with, in the order its product asks. */
  List<OrderAnswer> answers(long subscriptionId);

  /** The answers whose questions staff marked to be printed on the subscription's invoices. */
  List<OrderAnswer> answersOnInvoice(long subscriptionId);

  /** The organisation's subscriptions whose renewal is unpaid (past due or suspended). */
  List<Long> unpaidOf(long organisationId);

  void record(SubscriptionEvent event);

  List<SubscriptionEvent> events(long subscriptionId);
}
