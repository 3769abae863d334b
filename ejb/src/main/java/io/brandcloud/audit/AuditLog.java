package io.brandcloud.audit;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.PlainText;
import io.brandcloud.shared.RequestOrigin;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.shared.Validation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The current tenant's audit log. Entries join the caller's transaction: an action that rolls back
 * leaves no entry, except those the caller records on purpose after a failure (e.g. a failed
 * login).
 */
@Stateless
public class AuditLog {

  /** The action and its target, for the server's log: who did it is the line's caller. */
  private static final Logger LOG = Logger.getLogger(AuditLog.class);

  @PersistenceContext EntityManager em;
  @Inject ApplicationClock clock;

  public void record(String actor, String action, String target, String details) {
    LOG.infof("%s %s", action, PlainText.cut(escape(target, false), 300));
    String who = actor != null ? actor : RequestOrigin.actor().orElse("system");
    String recorded = RequestOrigin.impersonator().map(admin -> admin + " as " + who).orElse(who);
    em.createNativeQuery(
            "INSERT INTO audit_log (occurred_at, actor, action, target, details, ip)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .setParameter(1, clock.now())
        .setParameter(2, PlainText.cut(escape(recorded, false), 300))
        .setParameter(3, action)
        .setParameter(4, PlainText.cut(escape(target, false), 300))
        .setParameter(5, PlainText.cut(escape(details, true), 1000))
        .setParameter(6, RequestOrigin.address().orElse(null))
        .executeUpdate();
  }

  public Page<AuditEntry> search(AuditFilter filter, PageRequest page) {
    CurrentCaller.requireStaff(StaffPermission.AUDIT_VIEW);
    String where =
        " WHERE (CAST(?1 AS TEXT) IS NULL OR action ILIKE '%' || CAST(?1 AS TEXT) || '%')"
            + " AND (CAST(?2 AS TEXT) IS NULL OR actor ILIKE '%' || CAST(?2 AS TEXT) || '%')";
    Query count = em.createNativeQuery("SELECT count(*) FROM audit_log" + where);
    Query rows =
        em.createNativeQuery(
            "SELECT id, occurred_at, actor, action, target, details, ip FROM audit_log"
                + where
                + " ORDER BY occurred_at DESC, id DESC LIMIT ?3 OFFSET ?4");
    for (Query query : List.of(count, rows)) {
      query.setParameter(1, Validation.optionalText("action", filter.action(), 300));
      query.setParameter(2, Validation.optionalText("actor", filter.actor(), 300));
    }
    rows.setParameter(3, page.limit()).setParameter(4, page.offset());
    long total = SqlValues.toLong(count.getSingleResult());
    List<AuditEntry> entries =
        ((List<?>) rows.getResultList())
            .stream()
                .map(Object[].class::cast)
                .map(
                    r ->
                        new AuditEntry(
                            SqlValues.toLong(r[0]),
                            SqlValues.instant(r[1]),
                            (String) r[2],
                            (String) r[3],
                            (String) r[4],
                            (String) r[5],
                            (String) r[6]))
                .toList();
    return new Page<>(entries, total, page);
  }

  /**
   * A failed login records the address as typed, which may hold a NUL PostgreSQL cannot store: the
   * entry shows it escaped instead of failing the request.
   */
  private static String escape(String text, boolean multiLine) {
    return text == null ? null : PlainText.escapeForbidden(text, multiLine);
  }
}
