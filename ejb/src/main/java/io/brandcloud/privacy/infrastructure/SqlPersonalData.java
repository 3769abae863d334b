package io.brandcloud.privacy.infrastructure;

import io.brandcloud.privacy.domain.ArchiveNames;
import io.brandcloud.privacy.domain.PersonalData;
import io.brandcloud.privacy.domain.PersonalSection;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A person's data read straight from the tenant's tables, each record turned into JSON by
 * PostgreSQL and streamed in pages of {@value #FETCH} rows (the caller holds a transaction, which
 * the driver's cursor needs). The columns are named here, never {@code *}: secrets (password and
 * key hashes, sealed passwords, TOTP seeds, link tokens) and staff-only notes never reach an
 * export.
 */
@ApplicationScoped
public class SqlPersonalData implements PersonalData {

  private static final int FETCH = 500;

  private static final String OWNED =
      "(SELECT m.organisation_id FROM organisation_members m"
          + " WHERE m.user_id = ?1 AND m.role = 'OWNER')";

  private static String safeName(String column) {
    return "regexp_replace(" + column + ", '" + ArchiveNames.SQL_PATTERN + "', '_', 'g')";
  }

  @PersistenceContext EntityManager em;

  @Override
  public void rows(PersonalSection section, long userId, Consumer<String> json) {
    em.createNativeQuery("SELECT row_to_json(x)::text FROM (" + query(section) + ") x")
        .setParameter(1, userId)
        .setHint("org.hibernate.fetchSize", FETCH)
        .setHint("org.hibernate.readOnly", true)
        .getResultStream()
        .forEach(row -> json.accept((String) row));
  }

  @Override
  public List<Long> ownedOrganisations(long userId) {
    List<?> ids =
        em.createNativeQuery(
                "SELECT m.organisation_id FROM organisation_members m"
                    + " WHERE m.user_id = ?1 AND m.role = 'OWNER' ORDER BY m.organisation_id")
            .setParameter(1, userId)
            .getResultList();
    return ids.stream().map(SqlValues::toLong).toList();
  }

  @Override
  public List<TicketFile> ticketFiles(long userId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT a.id, a.ticket_id, a.file_name FROM support_ticket_attachments a"
                    + " JOIN support_tickets t ON t.id = a.ticket_id"
                    + " WHERE t.organisation_id IN "
                    + OWNED
                    + " OR t.opened_by = ?1 ORDER BY a.id")
            .setParameter(1, userId)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            row ->
                new TicketFile(SqlValues.toLong(row[0]), SqlValues.toLong(row[1]), (String) row[2]))
        .toList();
  }

  @Override
  public Optional<byte[]> content(long attachmentId) {
    List<?> content =
        em.createNativeQuery(
                "SELECT content FROM support_ticket_attachment_contents WHERE attachment_id = ?1")
            .setParameter(1, attachmentId)
            .getResultList();
    return content.stream().findFirst().map(byte[].class::cast);
  }

  /** Team members see the organisation, not the owner's billing details. */
  private static String ownersOnly(String column, String name) {
    return "CASE WHEN m.role = 'OWNER' THEN " + column + " END AS " + name;
  }

  private static String query(PersonalSection section) {
    return switch (section) {
      case PROFILE ->
          "SELECT u.id, u.email, u.display_name AS name, u.language, u.created_at,"
              + " u.email_verified_at, EXISTS (SELECT 1 FROM user_totp t WHERE t.user_id = u.id"
              + " AND t.confirmed_at IS NOT NULL) AS two_factor, u.password_expires_at,"
              + " u.disabled_at FROM users u WHERE u.id = ?1";
      case ORGANISATIONS ->
          "SELECT o.id, o.name, o.personal, m.role, m.joined_at, o.created_at,"
              + ownersOnly("o.billing_address", "billing_address")
              + ", o.country, o.region, "
              + ownersOnly("o.tax_id", "tax_id")
              + ", "
              + ownersOnly("o.tax_id_status", "tax_id_status")
              + ", o.tax_exempt, o.closed_at"
              + " FROM organisation_members m JOIN organisations o ON o.id = m.organisation_id"
              + " WHERE m.user_id = ?1 ORDER BY o.id";
      case TAX_ID_CHECKS ->
          "SELECT c.organisation_id, c.tax_id, c.member_state || c.vat_number AS vat_number,"
              + " c.status, c.requested_at, c.attempts, c.answered_at, c.consultation_number,"
              + " c.registered_name, c.registered_address FROM tax_id_checks c"
              + " WHERE c.organisation_id IN "
              + OWNED
              + " ORDER BY c.id";
      case SERVERS ->
          "SELECT s.id, s.organisation_id, s.hostname, p.name AS plan, s.region, s.image,"
              + " s.status, s.ipv4, s.ipv6, s.reverse_dns, s.hourly_price, s.backup,"
              + " s.created_at, s.terminated_at FROM servers s"
              + " LEFT JOIN plans p ON p.id = s.plan_id WHERE s.organisation_id IN "
              + OWNED
              + " ORDER BY s.id";
      case SERVER_ACTIONS ->
          "SELECT a.id, a.server_id, a.action, a.status, a.reason, a.parameter, a.outcome,"
              + " a.last_error AS error, a.requested_at, a.started_at, a.finished_at"
              + " FROM server_actions a JOIN servers s ON s.id = a.server_id"
              + " WHERE s.organisation_id IN "
              + OWNED
              + " ORDER BY a.id";
      case SSH_KEYS ->
          "SELECT k.id, k.organisation_id, k.name, k.key_type, k.bits, k.fingerprint,"
              + " k.public_key, k.created_at FROM ssh_keys k WHERE k.organisation_id IN "
              + OWNED
              + " ORDER BY k.id";
      case SUBSCRIPTIONS ->
          "SELECT s.id, s.organisation_id, p.name AS product, s.status, s.created_at,"
              + " s.paid_until, s.auto_renew, s.cancel_at_term_end, s.ended_at"
              + " FROM subscriptions s LEFT JOIN products p ON p.id = s.product_id"
              + " WHERE s.organisation_id IN "
              + OWNED
              + " ORDER BY s.id";
      case LEDGER ->
          "SELECT e.id, w.organisation_id, e.type, e.amount, w.currency, e.reference,"
              + " e.description, e.created_at FROM ledger_entries e"
              + " JOIN wallets w ON w.id = e.wallet_id WHERE w.organisation_id IN "
              + OWNED
              + " ORDER BY e.id";
      case INVOICES ->
          "SELECT i.id, i.number, i.organisation_id, i.kind, i.status, i.period_start,"
              + " i.period_end, i.currency, i.subtotal, i.tax_total, i.total, i.issued_at,"
              + " i.due_on, i.paid_at, i.billed_to, coalesce((SELECT json_agg(l ORDER BY"
              + " l.position) FROM (SELECT position, description, hours, amount, server_id"
              + " FROM invoice_lines WHERE invoice_id = i.id) l), '[]') AS lines,"
              + " 'invoices/' || "
              + safeName("i.number")
              + " || '.pdf' AS pdf FROM invoices i WHERE i.status <> 'DRAFT'"
              + " AND i.organisation_id IN "
              + OWNED
              + " ORDER BY i.id";
      case CREDIT_NOTES ->
          "SELECT c.id, c.number, c.invoice_id, c.organisation_id, c.reason, c.currency,"
              + " c.subtotal, c.tax_total, c.total, c.issued_at, 'credit-notes/' || "
              + safeName("c.number")
              + " || '.pdf' AS pdf FROM credit_notes c WHERE c.organisation_id IN "
              + OWNED
              + " ORDER BY c.id";
      case PAYMENTS ->
          "SELECT p.id, p.organisation_id, p.purpose, p.amount, p.currency, p.status,"
              + " p.refunded, p.disputed, p.failure, p.created_at, p.completed_at,"
              + " coalesce((SELECT json_agg(r ORDER BY r.id) FROM (SELECT id, amount, status,"
              + " reason, created_at, completed_at FROM payment_refunds"
              + " WHERE payment_id = p.id) r), '[]') AS refunds FROM payments p"
              + " WHERE p.organisation_id IN "
              + OWNED
              + " ORDER BY p.id";
      case TICKETS ->
          "SELECT t.id, t.organisation_id, t.subject, d.name AS department, t.priority,"
              + " t.status, t.server_id, t.created_at, t.closed_at,"
              + " coalesce((SELECT json_agg(m ORDER BY m.id) FROM (SELECT id,"
              + " author_name AS author, from_staff, via, body, created_at"
              + " FROM support_ticket_messages WHERE ticket_id = t.id AND NOT internal) m),"
              + " '[]') AS messages, coalesce((SELECT json_agg(a ORDER BY a.id) FROM (SELECT"
              + " id, file_name, size_bytes, sha256, author_name AS author, created_at,"
              + " 'tickets/' || ticket_id || '/' || id || '-' || "
              + safeName("file_name")
              + " AS file FROM support_ticket_attachments WHERE ticket_id = t.id) a), '[]')"
              + " AS attachments FROM support_tickets t"
              + " JOIN support_departments d ON d.id = t.department_id"
              + " WHERE t.organisation_id IN "
              + OWNED
              + " OR t.opened_by = ?1 ORDER BY t.id";
      case CONSENTS ->
          "SELECT d.kind, d.version, d.title, a.accepted_at, a.via FROM legal_acceptances a"
              + " JOIN legal_documents d ON d.id = a.document_id WHERE a.user_id = ?1"
              + " ORDER BY a.accepted_at, a.id";
      case LOGINS ->
          "SELECT s.device, s.address, s.started_at, s.last_seen_at, s.ended_at"
              + " FROM login_sessions s WHERE s.user_id = ?1 ORDER BY s.id";
      case API_KEYS ->
          "SELECT k.name, k.prefix, k.scopes, k.organisation_id, k.created_at, k.expires_at,"
              + " k.last_used_at, k.last_used_address, k.last_used_device, k.revoked_at"
              + " FROM api_keys k WHERE k.user_id = ?1 ORDER BY k.id";
      case SCREENING ->
          // the rules that tripped, not what they saw nor the reviewer's reason: those are the
          // shop's own notes, like why a login was disabled
          "SELECT c.kind, c.client_address, c.amount, c.currency, c.score, c.outcome, c.status,"
              + " c.subject, c.created_at, c.decided_at, coalesce((SELECT json_agg("
              + "json_build_object('rule', g.rule, 'weight', g.weight) ORDER BY g.rule)"
              + " FROM fraud_signals g WHERE g.check_id = c.id), '[]') AS signals"
              + " FROM fraud_checks c WHERE c.user_id = ?1"
              // a refused sign-up never had a user: it is known by the address
              + " OR lower(c.email) = (SELECT lower(email) FROM users WHERE id = ?1)"
              + " ORDER BY c.id";
      case NOTIFICATIONS ->
          "SELECT n.kind, n.subject, n.link, n.created_at, n.read_at FROM notifications n"
              + " WHERE n.user_id = ?1 ORDER BY n.id";
      case NOTIFICATION_CHOICES ->
          "SELECT p.kind, p.in_app, p.mail FROM notification_preferences p WHERE p.user_id = ?1"
              + " ORDER BY p.kind";
      case ACTIVITY ->
          "SELECT a.occurred_at, a.action, a.target, a.details, a.ip FROM audit_log a"
              + " JOIN users u ON u.id = ?1 AND a.actor = u.email"
              // the address may have been someone else's before
              + " WHERE a.occurred_at >= u.created_at ORDER BY a.id";
    };
  }
}
