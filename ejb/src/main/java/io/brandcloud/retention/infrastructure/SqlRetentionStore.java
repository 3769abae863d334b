package io.brandcloud.retention.infrastructure;

import io.brandcloud.identity.application.OrganisationClosing;
import io.brandcloud.retention.domain.RetentionPolicy;
import io.brandcloud.retention.domain.RetentionStore;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The policy in the tenant's settings row; the deletes over the tables of support, mail, identity
 * and audit, oldest rows first, a bounded number per call.
 */
@ApplicationScoped
public class SqlRetentionStore implements RetentionStore {

  @PersistenceContext EntityManager em;

  @Override
  public RetentionPolicy policy() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT attachment_retention_days, mail_retention_days,"
                        + " login_retention_days, audit_retention_days,"
                        + " closed_account_retention_days, billing_retention_years"
                        + " FROM tenant_settings WHERE id = 1")
                .getSingleResult();
    return new RetentionPolicy(
        SqlValues.toInt(row[0]),
        SqlValues.toInt(row[1]),
        SqlValues.toInt(row[2]),
        SqlValues.toInt(row[3]),
        SqlValues.toInt(row[4]),
        SqlValues.toInt(row[5]));
  }

  @Override
  public void save(RetentionPolicy policy) {
    em.createNativeQuery(
            "UPDATE tenant_settings SET attachment_retention_days = ?1, mail_retention_days = ?2,"
                + " login_retention_days = ?3, audit_retention_days = ?4,"
                + " closed_account_retention_days = ?5, billing_retention_years = ?6,"
                + " updated_at = now()"
                + " WHERE id = 1")
        .setParameter(1, policy.attachmentDays())
        .setParameter(2, policy.mailDays())
        .setParameter(3, policy.loginDays())
        .setParameter(4, policy.auditDays())
        .setParameter(5, policy.closedAccountDays())
        .setParameter(6, policy.billingYears())
        .executeUpdate();
  }

  @Override
  public int purgeAttachments(Instant closedBefore, int limit) {
    List<Long> doomed =
        lockedIds(
            "SELECT a.id FROM support_ticket_attachments a JOIN support_tickets t"
                + " ON t.id = a.ticket_id WHERE t.status = 'CLOSED' AND t.closed_at < ?1"
                + " ORDER BY a.id LIMIT ?2 FOR UPDATE OF a",
            closedBefore,
            limit);
    if (doomed.isEmpty()) {
      return 0;
    }
    forIds("DELETE FROM support_ticket_attachment_contents WHERE attachment_id IN (:ids)", doomed);
    return forIds("DELETE FROM support_ticket_attachments WHERE id IN (:ids)", doomed);
  }

  @Override
  public int purgeMails(Instant createdBefore, int limit) {
    return delete("mail_outbox", "status <> 'PENDING' AND created_at < ?1", createdBefore, limit);
  }

  @Override
  public int purgeNotifications(Instant createdBefore, int limit) {
    return delete("notifications", "created_at < ?1", createdBefore, limit);
  }

  @Override
  public int purgeLoginSessions(Instant lastSeenBefore, int limit) {
    return delete("login_sessions", "last_seen_at < ?1", lastSeenBefore, limit);
  }

  @Override
  public int purgeAuditEntries(Instant occurredBefore, int limit) {
    return delete("audit_log", "occurred_at < ?1", occurredBefore, limit);
  }

  @Override
  public int forgetBilledTo(Instant issuedBefore, int limit) {
    return em.createNativeQuery(
            "UPDATE invoices SET billed_to = '' WHERE id IN (SELECT i.id FROM invoices i"
                + " JOIN organisations o ON o.id = i.organisation_id"
                + " WHERE o.closed_at IS NOT NULL AND i.issued_at < ?1"
                + " AND (i.billed_to IS NULL OR i.billed_to <> '') ORDER BY i.id LIMIT ?2)")
        .setParameter(1, Timestamp.from(issuedBefore))
        .setParameter(2, limit)
        .executeUpdate();
  }

  @Override
  public int purgeAllowedChecks(Instant createdBefore, int limit) {
    return delete("fraud_checks", "outcome = 'ALLOW' AND created_at < ?1", createdBefore, limit);
  }

  private int delete(String table, String older, Instant before, int limit) {
    return em.createNativeQuery(
            "DELETE FROM "
                + table
                + " WHERE id IN (SELECT id FROM "
                + table
                + " WHERE "
                + older
                + " ORDER BY id LIMIT ?2)")
        .setParameter(1, Timestamp.from(before))
        .setParameter(2, limit)
        .executeUpdate();
  }

  @Override
  public List<Long> closedAccounts(Instant closedBefore, int limit) {
    List<?> ids =
        em.createNativeQuery(
                "SELECT id FROM users WHERE role = 'CUSTOMER' AND disabled_reason = ?1"
                    + " AND disabled_at < ?2 AND email NOT LIKE '%@erased.invalid'"
                    + " ORDER BY id LIMIT ?3")
            .setParameter(1, OrganisationClosing.ACCOUNT_CLOSED)
            .setParameter(2, Timestamp.from(closedBefore))
            .setParameter(3, limit)
            .getResultList();
    return ids.stream().map(SqlValues::toLong).toList();
  }

  @Override
  public int purgeDataExportArchives(Instant now, int limit) {
    List<Long> doomed =
        lockedIds(
            "SELECT e.id FROM data_exports e WHERE (e.status IN ('EXPIRED', 'FAILED')"
                + " OR (e.status = 'READY' AND e.expires_at <= ?1)"
                // a download under way keeps its chunks
                + " OR (e.status = 'DOWNLOADED'"
                + " AND e.downloaded_at <= CAST(?1 AS timestamptz) - interval '1 day'))"
                + " AND EXISTS (SELECT 1 FROM data_export_chunks c WHERE c.export_id = e.id)"
                + " ORDER BY e.id LIMIT ?2 FOR UPDATE OF e",
            now,
            limit);
    if (doomed.isEmpty()) {
      return 0;
    }
    forIds(
        "UPDATE data_exports SET status = 'EXPIRED' WHERE id IN (:ids) AND status = 'READY'",
        doomed);
    forIds("DELETE FROM data_export_chunks WHERE export_id IN (:ids)", doomed);
    return doomed.size();
  }

  /** The ids a query selects and locks, with ?1 the cut-off and ?2 the step's size. */
  private List<Long> lockedIds(String sql, Instant cutOff, int limit) {
    List<?> ids =
        em.createNativeQuery(sql)
            .setParameter(1, Timestamp.from(cutOff))
            .setParameter(2, limit)
            .getResultList();
    return ids.stream().map(SqlValues::toLong).toList();
  }

  private int forIds(String sql, List<Long> ids) {
    return em.createNativeQuery(sql).setParameter("ids", ids).executeUpdate();
  }
}
