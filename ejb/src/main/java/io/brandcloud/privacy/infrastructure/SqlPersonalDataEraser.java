package io.brandcloud.privacy.infrastructure;

import io.brandcloud.privacy.domain.Erased;
import io.brandcloud.privacy.domain.PersonalDataEraser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The erasure as statements over the tenant's tables, in the caller's transaction. Parameters: ?1
 * the user, ?2 their address, ?3 their name, ?4 the address that stands instead, ?5 the name that
 * does, ?6 the hash of a password nobody knows. The organisations the person owns and the tickets
 * of those and of the person are named inline, as ids. Free text where the person may be named
 * (mail, audit details, stored requests and events) is searched for the address, and for the name
 * where it is long enough not to hit other words.
 */
@ApplicationScoped
public class SqlPersonalDataEraser implements PersonalDataEraser {

  /** Shorter names ("Al") would match inside other words in free text. */
  private static final int NAME_SEARCHED_FROM = 4;

  private static final Pattern PARAMETER = Pattern.compile("\\?([1-6])");

  @PersistenceContext EntityManager em;

  @Override
  public Erased erase(Person person) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    String owned =
        "ARRAY["
            + person.ownedOrganisations().stream()
                .map(String::valueOf)
                .collect(Collectors.joining(","))
            + "]::bigint[]";
    String tickets =
        "(SELECT t.id FROM support_tickets t WHERE t.organisation_id = ANY("
            + owned
            + ") OR t.opened_by = ?1 OR lower(t.visitor_email) = lower(?2))";
    boolean byName = person.name() != null && person.name().strip().length() >= NAME_SEARCHED_FROM;
    String mentions = " ILIKE '%' || ?2 || '%'";
    Run run = new Run(person, counts);

    run.count("invitations", "DELETE FROM invitations WHERE lower(email) = lower(?2)");
    run.count(
        "memberships",
        "DELETE FROM organisation_members WHERE user_id = ?1 AND organisation_id <> ALL("
            + owned
            + ")");
    run.count("account tokens", "DELETE FROM account_tokens WHERE user_id = ?1");
    run.count("two-factor", "DELETE FROM user_totp WHERE user_id = ?1");
    run.count("two-factor", "DELETE FROM recovery_codes WHERE user_id = ?1");
    run.count("login records", "DELETE FROM login_sessions WHERE user_id = ?1");
    run.count("login records", "DELETE FROM login_failures WHERE lower(email) = lower(?2)");
    run.count("console tickets", "DELETE FROM console_tickets WHERE caller_user_id = ?1");
    run.count(
        "API keys",
        "UPDATE api_keys SET name = 'Erased', revoked_at = coalesce(revoked_at, now()),"
            + " last_used_address = NULL, last_used_device = NULL WHERE user_id = ?1");
    run.count(
        "data exports",
        "DELETE FROM data_export_chunks WHERE export_id IN"
            + " (SELECT id FROM data_exports WHERE user_id = ?1)");

    run.count(
        "webhooks", "DELETE FROM webhook_endpoints WHERE organisation_id = ANY(" + owned + ")");
    run.count("cards", "DELETE FROM auto_top_ups WHERE organisation_id = ANY(" + owned + ")");
    run.count("SSH keys", "DELETE FROM ssh_keys WHERE organisation_id = ANY(" + owned + ")");
    run.count(
        "order answers",
        "DELETE FROM subscription_answers WHERE subscription_id IN (SELECT id FROM subscriptions"
            + " WHERE organisation_id = ANY("
            + owned
            + "))");
    run.count(
        "server actions",
        "UPDATE server_actions SET reason = '(erased)', parameter = NULL, user_data = NULL,"
            + " sealed_password = NULL, ssh_keys = NULL,"
            + " requested_by = replace(requested_by, ?2, ?4)"
            + " WHERE server_id IN (SELECT id FROM servers WHERE organisation_id = ANY("
            + owned
            + "))");
    run.count(
        "servers",
        "UPDATE servers SET hostname = 'erased-' || id, reverse_dns = NULL"
            + " WHERE organisation_id = ANY("
            + owned
            + ")");
    run.count(
        "organisations",
        "UPDATE organisations SET name = 'Erased customer', billing_address = NULL,"
            + " tax_id = NULL, region = NULL, closed_by = replace(closed_by, ?2, ?4)"
            + " WHERE id = ANY("
            + owned
            + ")");

    run.quietly(
        "DELETE FROM support_ticket_attachment_contents WHERE attachment_id IN"
            + " (SELECT id FROM support_ticket_attachments WHERE ticket_id IN "
            + tickets
            + ")");
    run.count(
        "ticket files", "DELETE FROM support_ticket_attachments WHERE ticket_id IN " + tickets);
    run.count(
        "Discord copies",
        "UPDATE support_discord_posts SET content = '(erased)' WHERE message_id IN"
            + " (SELECT id FROM support_ticket_messages WHERE ticket_id IN "
            + tickets
            + ")");
    run.count(
        "ticket messages",
        "UPDATE support_ticket_messages SET body = '(erased)', author_name = CASE WHEN"
            + " from_staff THEN author_name ELSE ?5 END WHERE ticket_id IN "
            + tickets);
    run.count(
        "Discord copies",
        "UPDATE support_discord_posts SET content = '(erased)' WHERE message_id IN"
            + " (SELECT id FROM support_ticket_messages WHERE author_id = ?1)");
    // what they wrote in the tickets of teams they only belonged to stays the team's, unsigned
    run.count(
        "ticket messages",
        "UPDATE support_ticket_messages SET author_name = ?5 WHERE author_id = ?1");
    run.count(
        "ticket files",
        "UPDATE support_ticket_attachments SET author_name = ?5 WHERE author_id = ?1");
    run.count(
        "ticket mail",
        "DELETE FROM support_mail_received WHERE ticket_id IN "
            + tickets
            + " OR lower(sender) LIKE '%' || lower(?2) || '%'");
    run.count(
        "tickets",
        "UPDATE support_tickets SET subject = '(erased)', visitor_name = NULL,"
            + " visitor_email = NULL, visitor_address = NULL WHERE id IN "
            + tickets);

    String nameToo = byName ? " OR %s ILIKE '%%' || ?3 || '%%'" : "";
    String nameIn = byName ? "replace(%s, ?3, ?5)" : "%s";
    run.count(
        "mail",
        "DELETE FROM mail_outbox WHERE lower(recipient) = lower(?2) OR subject"
            + mentions
            + " OR body"
            + mentions
            + nameToo.formatted("subject")
            + nameToo.formatted("body"));
    run.count(
        "stored answers",
        "DELETE FROM idempotency_records WHERE principal"
            + mentions
            + " OR body"
            + mentions
            + nameToo.formatted("body"));
    run.count(
        "gateway events",
        "UPDATE payment_events SET payload = '{}' WHERE payload"
            + mentions
            + nameToo.formatted("payload"));
    run.count(
        "events",
        "UPDATE outbox_messages SET payload = "
            + nameIn.formatted("replace(payload, ?2, ?4)")
            + ","
            + " actor = replace(actor, ?2, ?4) WHERE payload"
            + mentions
            + " OR actor"
            + mentions
            + nameToo.formatted("payload"));
    run.count(
        "audit entries",
        "UPDATE audit_log SET actor = replace(actor, ?2, ?4),"
            + " target = "
            + nameIn.formatted("replace(target, ?2, ?4)")
            + ", details = "
            + nameIn.formatted("replace(details, ?2, ?4)")
            + " WHERE actor"
            + mentions
            + " OR target"
            + mentions
            + " OR details"
            + mentions
            + nameToo.formatted("target")
            + nameToo.formatted("details"));
    run.count("webhooks", "DELETE FROM webhook_events WHERE organisation_id = ANY(" + owned + ")");
    run.count(
        "users",
        "UPDATE users SET email = ?4, display_name = ?5, password_hash = ?6, language = NULL,"
            + " disabled_at = coalesce(disabled_at, now()), disabled_reason = 'Erased',"
            + " active_organisation_id = NULL, sessions_valid_after = now(),"
            + " password_expires_at = NULL, password_change_required = FALSE WHERE id = ?1");
    return new Erased(counts);
  }

  @Override
  public void keepBilledTo(long organisationId, String printed) {
    em.createNativeQuery(
            "UPDATE invoices SET billed_to = ?2 WHERE organisation_id = ?1 AND billed_to IS NULL")
        .setParameter(1, organisationId)
        .setParameter(2, printed)
        .executeUpdate();
  }

  /** Runs the statements with the person's parameters, adding up the rows per kind. */
  private final class Run {

    private final Person person;
    private final Map<String, Integer> counts;

    Run(Person person, Map<String, Integer> counts) {
      this.person = person;
      this.counts = counts;
    }

    /** A statement whose rows the next one counts (a file's contents, say). */
    void quietly(String sql) {
      execute(sql);
    }

    void count(String kind, String sql) {
      counts.merge(kind, execute(sql), Integer::sum);
    }

    /**
     * Hibernate wants a statement's ordinal parameters numbered from ?1 without gaps: the ones a
     * statement uses are numbered afresh, in order.
     */
    private int execute(String sql) {
      Object[] values = {
        person.userId(),
        person.email(),
        person.name() == null ? "" : person.name(),
        person.erasedEmail(),
        ERASED_NAME,
        person.unusablePassword()
      };
      Matcher used = PARAMETER.matcher(sql);
      Map<Integer, Integer> renumbered = new LinkedHashMap<>();
      StringBuilder statement = new StringBuilder();
      while (used.find()) {
        int original = Integer.parseInt(used.group(1));
        int ordinal = renumbered.computeIfAbsent(original, o -> renumbered.size() + 1);
        used.appendReplacement(statement, "?" + ordinal);
      }
      used.appendTail(statement);
      Query query = em.createNativeQuery(statement.toString());
      renumbered.forEach((original, ordinal) -> query.setParameter(ordinal, values[original - 1]));
      return query.executeUpdate();
    }
  }
}
