package io.brandcloud.activity.infrastructure;

import io.brandcloud.activity.domain.ActivityEntry;
import io.brandcloud.activity.domain.ActivityFeed;
import io.brandcloud.activity.domain.ActivityKind;
import io.brandcloud.shared.NativePages;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;

/**
 * The feed as one query over the records each area keeps: logins of the organisation's members
 * since they joined (when, not from where: a login is a person's, not an organisation's), its
 * servers' actions, its payments, its API keys, and the audit entries of invitations sent and
 * accepted, roles changed and members removed. A recorded actor (an e-mail address) is a member by
 * name, the shop's staff (an account of the shop's, or staff acting as the customer), or else the
 * panel's own work.
 */
@ApplicationScoped
public class SqlActivityFeed implements ActivityFeed {

  /** Who {@code column} names, from the user {@code n} joined by its address. */
  private static final String BY =
      "CASE WHEN n.role = 'CUSTOMER' THEN 'MEMBER' WHEN n.role IS NOT NULL"
          + " OR %1$s LIKE '%% as %%' THEN 'STAFF' ELSE 'PANEL' END,"
          + " CASE WHEN n.role = 'CUSTOMER' THEN n.display_name END";

  private static String by(String column) {
    return BY.formatted(column);
  }

  private static final String EVENTS =
      "SELECT ls.id AS id, ls.started_at AS at, 'LOGIN' AS kind, 'MEMBER' AS done_by,"
          + " u.display_name AS actor, CAST(NULL AS VARCHAR) AS subject,"
          + " CAST(NULL AS VARCHAR) AS detail, CAST(NULL AS VARCHAR) AS outcome,"
          + " CAST(NULL AS NUMERIC) AS amount, CAST(NULL AS VARCHAR) AS currency"
          + " FROM login_sessions ls JOIN organisation_members m ON m.user_id = ls.user_id"
          + " AND m.organisation_id = ?1 JOIN users u ON u.id = ls.user_id"
          + " WHERE ls.started_at >= m.joined_at"
          + " UNION ALL SELECT a.id, a.requested_at, 'SERVER_ACTION', "
          + by("a.requested_by")
          + ", s.hostname, a.action, a.status, NULL, NULL"
          + " FROM server_actions a JOIN servers s ON s.id = a.server_id"
          + " LEFT JOIN users n ON n.email = lower(a.requested_by)"
          + " WHERE s.organisation_id = ?1"
          + " UNION ALL SELECT p.id, p.created_at, 'PAYMENT', "
          + by("p.requested_by")
          + ", NULL, NULL, p.status, p.amount, p.currency FROM payments p"
          + " LEFT JOIN users n ON n.email = lower(p.requested_by)"
          + " WHERE p.organisation_id = ?1"
          + " UNION ALL SELECT k.id, k.created_at, 'API_KEY_CREATED', 'MEMBER', u.display_name,"
          + " k.name, NULL, NULL, NULL, NULL FROM api_keys k JOIN users u ON u.id = k.user_id"
          + " WHERE k.organisation_id = ?1"
          + " UNION ALL SELECT k.id, k.revoked_at, 'API_KEY_REVOKED', 'MEMBER', u.display_name,"
          + " k.name, NULL, NULL, NULL, NULL FROM api_keys k JOIN users u ON u.id = k.user_id"
          + " WHERE k.organisation_id = ?1 AND k.revoked_at IS NOT NULL"
          + " UNION ALL SELECT l.id, l.occurred_at,"
          + " CASE l.action WHEN 'invitation.created' THEN 'INVITATION_SENT'"
          + " WHEN 'invitation.accepted' THEN 'MEMBER_JOINED'"
          + " WHEN 'member.role_changed' THEN 'MEMBER_ROLE_CHANGED' ELSE 'MEMBER_REMOVED' END, "
          + by("l.actor")
          + ", CASE l.action WHEN 'invitation.created' THEN l.details"
          + " WHEN 'invitation.accepted' THEN n.display_name ELSE r.display_name END,"
          + " CASE l.action WHEN 'member.role_changed' THEN split_part(l.details, ' ', 3) END,"
          + " NULL, NULL, NULL FROM audit_log l"
          + " LEFT JOIN users n ON n.email = lower(l.actor)"
          + " LEFT JOIN users r ON l.action IN ('member.removed', 'member.role_changed')"
          + " AND split_part(l.details, ' ', 2) = CAST(r.id AS VARCHAR)"
          + " WHERE l.target = 'organisation ' || ?1 AND l.action IN ('invitation.created',"
          + " 'invitation.accepted', 'member.role_changed', 'member.removed')";

  @PersistenceContext EntityManager em;

  @Override
  public Page<ActivityEntry> of(long organisationId, PageRequest page) {
    return NativePages.of(
        em,
        page,
        "SELECT count(*) FROM (" + EVENTS + ") events",
        "SELECT id, at, kind, done_by, actor, subject, detail, outcome, amount, currency FROM ("
            + EVENTS
            + ") events ORDER BY at DESC, kind, id DESC",
        SqlActivityFeed::entry,
        organisationId);
  }

  private static ActivityEntry entry(Object[] r) {
    return new ActivityEntry(
        SqlValues.toLong(r[0]),
        SqlValues.instant(r[1]),
        ActivityKind.valueOf((String) r[2]),
        ActivityEntry.Actor.valueOf((String) r[3]),
        (String) r[4],
        (String) r[5],
        (String) r[6],
        (String) r[7],
        (BigDecimal) r[8],
        r[9] == null ? null : ((String) r[9]).strip());
  }
}
