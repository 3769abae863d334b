package io.brandcloud.subscriptions.infrastructure;

import io.brandcloud.catalog.domain.BillingCycle;
import io.brandcloud.subscriptions.domain.EarlierPrices;
import io.brandcloud.subscriptions.domain.OrderAnswer;
import io.brandcloud.subscriptions.domain.Subscription;
import io.brandcloud.subscriptions.domain.SubscriptionEvent;
import io.brandcloud.subscriptions.domain.SubscriptionRepository;
import io.brandcloud.subscriptions.domain.SubscriptionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSubscriptionRepository implements SubscriptionRepository {

  private static final List<SubscriptionStatus> GOING_ON =
      List.of(
          SubscriptionStatus.TRIAL,
          SubscriptionStatus.ACTIVE,
          SubscriptionStatus.PAST_DUE,
          SubscriptionStatus.SUSPENDED);

  @PersistenceContext EntityManager em;

  @Override
  public void add(Subscription subscription) {
    em.persist(subscription);
  }

  @Override
  public Optional<Subscription> byOrderReference(String orderReference) {
    return em.createQuery(
            "select s from Subscription s where s.orderReference = :reference", Subscription.class)
        .setParameter("reference", orderReference)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Subscription> ofOrganisationForUpdate(long organisationId, long subscriptionId) {
    return forUpdate(subscriptionId).filter(s -> s.organisationId() == organisationId);
  }

  @Override
  public Optional<Subscription> ofOrganisation(long organisationId, long subscriptionId) {
    return Optional.ofNullable(em.find(Subscription.class, subscriptionId))
        .filter(s -> s.organisationId() == organisationId);
  }

  @Override
  public Optional<Subscription> forUpdate(long subscriptionId) {
    return Optional.ofNullable(
        em.find(Subscription.class, subscriptionId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Subscription> ofOrganisation(long organisationId) {
    return em.createQuery(
            "select s from Subscription s where s.organisationId = :organisation order by s.id desc",
            Subscription.class)
        .setParameter("organisation", organisationId)
        .getResultList();
  }

  @Override
  public List<Long> dueOn(LocalDate today, int limit, long afterId) {
    return em.createQuery(
            "select s.id from Subscription s where s.paidUntil <= :today and s.status in :going"
                + " and s.id > :after order by s.id",
            Long.class)
        .setParameter("today", today)
        .setParameter("after", afterId)
        .setParameter("going", GOING_ON)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Long> renewingWithoutInvoice(
      LocalDate today, LocalDate until, int limit, long afterId) {
    List<Number> ids =
        em.createNativeQuery(
                "SELECT s.id FROM subscriptions s WHERE s.paid_until > ?1 AND s.paid_until <= ?2"
                    + " AND s.status = 'ACTIVE' AND s.term_index >= 0 AND s.auto_renew"
                    + " AND NOT s.cancel_at_term_end AND s.pending_price_id IS NULL AND s.id > ?3"
                    + " AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.subscription_id = s.id"
                    + " AND i.status = 'OPEN') ORDER BY s.id LIMIT ?4")
            .setParameter(1, today)
            .setParameter(2, until)
            .setParameter(3, afterId)
            .setParameter(4, limit)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  @Override
  public List<Subscription> addOnsForUpdate(long parentId) {
    return goingOnForUpdate("parentId", parentId);
  }

  @Override
  public List<Subscription> addOnsOfServerForUpdate(long serverId) {
    return goingOnForUpdate("attachedServerId", serverId);
  }

  /** The subscriptions that go on whose {@code attribute} is {@code id}, locked. */
  private List<Subscription> goingOnForUpdate(String attribute, long id) {
    return em.createQuery(
            "select s from Subscription s where s."
                + attribute
                + " = :id and s.status not in :over order by s.id",
            Subscription.class)
        .setParameter("id", id)
        .setParameter("over", List.of(SubscriptionStatus.CANCELLED, SubscriptionStatus.ENDED))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public List<Subscription> onEarlierPrice(
      long productId, BillingCycle cycle, long currentPriceId) {
    return em.createQuery(
            "select s from Subscription s where s.productId = :product and s.status not in :over"
                + " and s.priceId <> :current and s.pendingPriceId is null"
                + " and (s.nextPriceId is null or s.nextPriceId <> :current)"
                + " and s.priceId in (select p.id from ProductPrice p where p.productId = :product"
                + " and p.cycle = :cycle) order by s.id",
            Subscription.class)
        .setParameter("product", productId)
        .setParameter("over", List.of(SubscriptionStatus.CANCELLED, SubscriptionStatus.ENDED))
        .setParameter("current", currentPriceId)
        .setParameter("cycle", cycle)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public List<EarlierPrices> onEarlierPrices() {
    return em.createQuery(
            "select new io.brandcloud.subscriptions.domain.EarlierPrices(p.productId, p.cycle,"
                + " count(s)) from Subscription s, ProductPrice p, ProductPrice now"
                + " where p.id = s.priceId and now.productId = p.productId and now.cycle = p.cycle"
                + " and now.validUntil is null and now.id <> s.priceId and s.status not in :over"
                + " and s.pendingPriceId is null and (s.nextPriceId is null or s.nextPriceId <> now.id)"
                + " group by p.productId, p.cycle",
            EarlierPrices.class)
        .setParameter("over", List.of(SubscriptionStatus.CANCELLED, SubscriptionStatus.ENDED))
        .getResultList();
  }

  @Override
  public void answer(long subscriptionId, long fieldId, String answer) {
    em.createNativeQuery(
            "INSERT INTO subscription_answers (subscription_id, field_id, answer)"
                + " VALUES (?1, ?2, ?3)")
        .setParameter(1, subscriptionId)
        .setParameter(2, fieldId)
        .setParameter(3, answer)
        .executeUpdate();
  }

  @Override
  public List<OrderAnswer> answers(long subscriptionId) {
    return answers(subscriptionId, "");
  }

  @Override
  public List<OrderAnswer> answersOnInvoice(long subscriptionId) {
    return answers(subscriptionId, " AND f.on_invoice");
  }

  private List<OrderAnswer> answers(long subscriptionId, String condition) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT f.label, lower(f.kind), a.answer FROM subscription_answers a"
                    + " JOIN product_fields f ON f.id = a.field_id WHERE a.subscription_id = ?1"
                    + condition
                    + " ORDER BY f.id")
            .setParameter(1, subscriptionId)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(r -> new OrderAnswer((String) r[0], (String) r[1], (String) r[2]))
        .toList();
  }

  @Override
  public List<Long> unpaidOf(long organisationId) {
    return em.createQuery(
            "select s.id from Subscription s where s.organisationId = :organisation"
                + " and s.status in :unpaid order by s.id",
            Long.class)
        .setParameter("organisation", organisationId)
        .setParameter("unpaid", List.of(SubscriptionStatus.PAST_DUE, SubscriptionStatus.SUSPENDED))
        .getResultList();
  }

  @Override
  public void record(SubscriptionEvent event) {
    em.persist(event);
  }

  @Override
  public List<SubscriptionEvent> events(long subscriptionId) {
    return em.createQuery(
            "select e from SubscriptionEvent e where e.subscriptionId = :subscription order by e.id",
            SubscriptionEvent.class)
        .setParameter("subscription", subscriptionId)
        .getResultList();
  }
}
