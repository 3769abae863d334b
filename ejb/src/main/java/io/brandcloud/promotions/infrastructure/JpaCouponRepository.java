package io.brandcloud.promotions.infrastructure;

import io.brandcloud.promotions.domain.Coupon;
import io.brandcloud.promotions.domain.CouponRedemption;
import io.brandcloud.promotions.domain.CouponRepository;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCouponRepository implements CouponRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(Coupon coupon) {
    em.persist(coupon);
  }

  @Override
  public Optional<Coupon> find(long couponId) {
    return Optional.ofNullable(em.find(Coupon.class, couponId));
  }

  @Override
  public Optional<Coupon> byCodeForUpdate(String code) {
    return em.createQuery("select c from Coupon c where lower(c.code) = lower(:code)", Coupon.class)
        .setParameter("code", code)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean codeTaken(String code) {
    return !em.createQuery("select c.id from Coupon c where lower(c.code) = lower(:code)")
        .setParameter("code", code)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<Coupon> all() {
    return em.createQuery(
            "select c from Coupon c order by c.active desc, c.createdAt desc, c.id desc",
            Coupon.class)
        .getResultList();
  }

  @Override
  public void add(CouponRedemption redemption) {
    em.persist(redemption);
  }

  @Override
  public List<CouponRedemption> redemptionsOf(long subscriptionId) {
    return em.createQuery(
            "select r from CouponRedemption r where r.subscriptionId = :subscription order by r.id",
            CouponRedemption.class)
        .setParameter("subscription", subscriptionId)
        .getResultList();
  }

  @Override
  public long redemptionsBy(long couponId, long organisationId) {
    return em.createQuery(
            "select count(r) from CouponRedemption r where r.couponId = :coupon"
                + " and r.organisationId = :organisation",
            Long.class)
        .setParameter("coupon", couponId)
        .setParameter("organisation", organisationId)
        .getSingleResult();
  }

  @Override
  public int countMiss(long organisationId, Instant now, Instant quietSince) {
    return SqlValues.toInt(
        em.createNativeQuery(
                "INSERT INTO coupon_misses (organisation_id, failures, last_failure_at)"
                    + " VALUES (?1, 1, ?2) ON CONFLICT (organisation_id) DO UPDATE SET"
                    + " failures = CASE WHEN coupon_misses.last_failure_at < ?3 THEN 1"
                    + " ELSE coupon_misses.failures + 1 END, last_failure_at = ?2"
                    + " RETURNING failures")
            .setParameter(1, organisationId)
            .setParameter(2, Timestamp.from(now))
            .setParameter(3, Timestamp.from(quietSince))
            .getSingleResult());
  }

  @Override
  public void lockGuessing(long organisationId, Instant until) {
    em.createNativeQuery("UPDATE coupon_misses SET locked_until = ?2 WHERE organisation_id = ?1")
        .setParameter(1, organisationId)
        .setParameter(2, Timestamp.from(until))
        .executeUpdate();
  }

  @Override
  public Optional<Instant> guessingLockedUntil(long organisationId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT locked_until FROM coupon_misses WHERE organisation_id = ?1"
                    + " AND locked_until IS NOT NULL")
            .setParameter(1, organisationId)
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of(SqlValues.instant(rows.get(0)));
  }
}
