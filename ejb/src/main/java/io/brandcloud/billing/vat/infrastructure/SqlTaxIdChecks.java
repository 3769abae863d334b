package io.brandcloud.billing.vat.infrastructure;

import io.brandcloud.billing.vat.domain.TaxIdCheck;
import io.brandcloud.billing.vat.domain.TaxIdChecks;
import io.brandcloud.billing.vat.domain.TaxIdStatus;
import io.brandcloud.billing.vat.domain.VatNumber;
import io.brandcloud.billing.vat.domain.VatRegister;
import io.brandcloud.shared.PlainText;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SqlTaxIdChecks implements TaxIdChecks {

  @PersistenceContext EntityManager em;

  @Override
  public void request(long organisationId, String taxId, VatNumber number) {
    replacePending(organisationId);
    em.createNativeQuery(
            "INSERT INTO tax_id_checks (organisation_id, tax_id, member_state, vat_number, status,"
                + " requested_at, next_attempt_at)"
                + " VALUES (?1, ?2, ?3, ?4, 'PENDING', clock_timestamp(), clock_timestamp())")
        .setParameter(1, organisationId)
        .setParameter(2, taxId)
        .setParameter(3, number.memberState())
        .setParameter(4, number.number())
        .executeUpdate();
    status(organisationId, "PENDING");
  }

  @Override
  public void forget(long organisationId) {
    replacePending(organisationId);
    status(organisationId, null);
  }

  private void replacePending(long organisationId) {
    em.createNativeQuery(
            "UPDATE tax_id_checks SET status = 'REPLACED', next_attempt_at = NULL,"
                + " claimed_until = NULL WHERE organisation_id = ?1 AND status = 'PENDING'")
        .setParameter(1, organisationId)
        .executeUpdate();
  }

  private void status(long organisationId, String status) {
    em.createNativeQuery(
            "UPDATE organisations SET tax_id_status = CAST(?2 AS VARCHAR) WHERE id = ?1")
        .setParameter(1, organisationId)
        .setParameter(2, status)
        .executeUpdate();
  }

  @Override
  public int recheck(Duration after, int limit) {
    // one node at a time per tenant: the next reads what the first wrote
    em.createNativeQuery(
            "SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':vat-recheck'))")
        .getSingleResult();
    return em.createNativeQuery(
            "INSERT INTO tax_id_checks (organisation_id, tax_id, member_state, vat_number, status,"
                + " requested_at, next_attempt_at)"
                + " SELECT c.organisation_id, o.tax_id, c.member_state, c.vat_number, 'PENDING',"
                + " clock_timestamp(), clock_timestamp()"
                + " FROM organisations o JOIN LATERAL (SELECT * FROM tax_id_checks l"
                + " WHERE l.organisation_id = o.id AND l.status <> 'REPLACED'"
                + " ORDER BY l.id DESC LIMIT 1) c ON TRUE"
                + " WHERE o.tax_id_status = 'VALID' AND o.closed_at IS NULL AND c.status = 'VALID'"
                + " AND c.answered_at < clock_timestamp() - make_interval(secs => ?1)"
                + " ORDER BY c.answered_at LIMIT ?2")
        .setParameter(1, after.toSeconds())
        .setParameter(2, limit)
        .executeUpdate();
  }

  @Override
  public List<Due> claim(int limit, Duration lease) {
    List<?> rows =
        em.createNativeQuery(
                "UPDATE tax_id_checks SET claimed_until = clock_timestamp()"
                    + " + make_interval(secs => ?2), attempts = attempts + 1"
                    + " WHERE id IN (SELECT c.id FROM tax_id_checks c"
                    + " JOIN organisations o ON o.id = c.organisation_id WHERE c.status = 'PENDING'"
                    + " AND c.next_attempt_at <= clock_timestamp()"
                    + " AND (c.claimed_until IS NULL OR c.claimed_until < clock_timestamp())"
                    // a number just entered goes before confirmed ones asked about again
                    + " ORDER BY o.tax_id_status = 'VALID', c.next_attempt_at, c.id LIMIT ?1"
                    + " FOR UPDATE OF c SKIP LOCKED)"
                    + " RETURNING id, organisation_id, member_state, vat_number, attempts")
            .setParameter(1, limit)
            .setParameter(2, lease.toSeconds())
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new Due(
                    SqlValues.toLong(r[0]),
                    SqlValues.toLong(r[1]),
                    new VatNumber(((String) r[2]).strip(), (String) r[3]),
                    SqlValues.toInt(r[4])))
        .toList();
  }

  @Override
  public boolean answered(long checkId, VatRegister.Answer answer) {
    // the organisation first, as a change of its details locks it before its checks
    em.createNativeQuery(
            "SELECT o.id FROM organisations o JOIN tax_id_checks c ON c.organisation_id = o.id"
                + " WHERE c.id = ?1 FOR UPDATE OF o")
        .setParameter(1, checkId)
        .getResultList();
    int changed =
        em.createNativeQuery(
                "UPDATE tax_id_checks SET status = ?2, answered_at = ?3,"
                    + " consultation_number = CAST(?4 AS VARCHAR),"
                    + " registered_name = CAST(?5 AS VARCHAR),"
                    + " registered_address = CAST(?6 AS VARCHAR), last_error = NULL,"
                    + " next_attempt_at = NULL, claimed_until = NULL"
                    + " WHERE id = ?1 AND status = 'PENDING'")
            .setParameter(1, checkId)
            .setParameter(2, answer.valid() ? "VALID" : "INVALID")
            .setParameter(3, Timestamp.from(answer.requestDate()))
            .setParameter(4, cutOrNull(answer.consultationNumber(), 64))
            .setParameter(5, cutOrNull(answer.name(), 300))
            .setParameter(6, cutOrNull(answer.address(), 500))
            .executeUpdate();
    if (changed == 0) {
      return false;
    }
    // a pending check is always the organisation's latest: a new number replaces it
    em.createNativeQuery(
            "UPDATE organisations o SET tax_id_status = c.status FROM tax_id_checks c"
                + " WHERE c.id = ?1 AND o.id = c.organisation_id")
        .setParameter(1, checkId)
        .executeUpdate();
    return true;
  }

  @Override
  public void unavailable(long checkId, String error, Duration wait) {
    em.createNativeQuery(
            "UPDATE tax_id_checks SET last_error = ?2,"
                + " next_attempt_at = clock_timestamp() + make_interval(secs => ?3),"
                + " claimed_until = NULL WHERE id = ?1 AND status = 'PENDING'")
        .setParameter(1, checkId)
        .setParameter(2, PlainText.cut(error, 300))
        .setParameter(3, wait.toSeconds())
        .executeUpdate();
  }

  @Override
  public Optional<Instant> nextDue() {
    Object next =
        em.createNativeQuery(
                "SELECT min(greatest(next_attempt_at, coalesce(claimed_until, next_attempt_at)))"
                    + " FROM tax_id_checks WHERE status = 'PENDING'")
            .getSingleResult();
    return Optional.ofNullable(next).map(SqlValues::instant);
  }

  @Override
  public Optional<TaxIdCheck> latest(long organisationId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT c.id, c.tax_id, c.member_state, c.vat_number, c.status, c.requested_at,"
                    + " c.attempts, c.answered_at, c.consultation_number, c.registered_name,"
                    + " c.registered_address, c.last_error"
                    + " FROM tax_id_checks c JOIN organisations o ON o.id = c.organisation_id"
                    + " WHERE c.organisation_id = ?1 AND o.tax_id_status IS NOT NULL"
                    + " AND c.status <> 'REPLACED'"
                    // a confirmed number asked about again shows its confirmation until VIES
                    // answers
                    + " ORDER BY c.status = o.tax_id_status DESC, c.id DESC LIMIT 1")
            .setParameter(1, organisationId)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new TaxIdCheck(
                    SqlValues.toLong(r[0]),
                    (String) r[1],
                    new VatNumber(((String) r[2]).strip(), (String) r[3]),
                    TaxIdStatus.of((String) r[4]),
                    SqlValues.instant(r[5]),
                    SqlValues.toInt(r[6]),
                    r[7] == null ? null : SqlValues.instant(r[7]),
                    (String) r[8],
                    (String) r[9],
                    (String) r[10],
                    (String) r[11]))
        .findFirst();
  }

  private static String cutOrNull(String text, int max) {
    return text == null ? null : PlainText.cut(text, max);
  }
}
