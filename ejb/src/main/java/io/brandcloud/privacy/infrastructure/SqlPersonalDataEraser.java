package io.brandcloud.privacy.infrastructure;

import io.brandcloud.privacy.domain.Erased;
import io.brandcloud.privacy.domain.PersonalDataEraser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The erasure as statements over the tenant's tables, in the caller's transaction. Parameters: ?1
 * the user, ?2 their address, ?4 the address that stands instead, ?5 the name that does, ?6 the
 * hash of a password nobody knows, ?7 the address as a whole (a pattern), ?8 the name as whole
 * words. The organisations the person owns are named inline, as ids. Only rows tied to the person
 * (their id, their organisations, their tickets, their keys) or holding their address as a whole
 * are touched: a name is never enough to delete anyone's mail or events, and is taken out, where it
 * is long enough, only from the rows those find.
 */
@ApplicationScoped
public class SqlPersonalDataEraser implements PersonalDataEraser {

  /** Shorter names ("Al") would be taken out of words of other meaning. */
  private static final int NAME_SEARCHED_FROM = 4;

  private static final Pattern PARAMETER = Pattern.compile("\\?([1-8])");
  private static final Pattern REGEX_SPECIAL = Pattern.compile("[\\\\.^$|?*+()\\[\\]{}]");

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
    run.count("notifications", "DELETE FROM notifications WHERE user_id = ?1");
    run.count("notifications", "DELETE FROM notification_preferences WHERE user_id = ?1");
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
            + " tax_id = NULL, tax_id_status = NULL, region = NULL,"
            + " closed_by = replace(closed_by, ?2, ?4)"
            + " WHERE id = ANY("
            + owned
            + ")");
    // after the organisations, locked in the order a change of billing details takes;
    // the VAT number and VIES's consultation number stay as proof beside the kept invoices
    run.count(
        "tax id checks",
        "UPDATE tax_id_checks SET registered_name = NULL, registered_address = NULL,"
            + " status = CASE status WHEN 'PENDING' THEN 'REPLACED' ELSE status END"
            + " WHERE organisation_id = ANY("
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
        "DELETE FROM support_mail_received WHERE ticket_id IN " + tickets + " OR sender ~* ?7");
    run.count(
        "tickets",
        "UPDATE support_tickets SET subject = '(erased)', visitor_name = NULL,"
            + " visitor_email = NULL, visitor_address = NULL WHERE id IN "
            + tickets);

    // who did what, where a column holds the address of whoever acted: the booking stays
    for (String table :
        List.of(
            "payments.requested_by",
            "ledger_entries.created_by",
            "subscription_events.created_by",
            "server_actions.requested_by",
            "server_host_keys.trusted_by",
            "test_gateway_charges.customer_email")) {
      String[] column = table.split("\\.");
      run.count(
          "who acted",
          "UPDATE "
              + column[0]
              + " SET "
              + column[1]
              + " = regexp_replace("
              + column[1]
              + ", ?7, '\\1' || ?4 || '\\2', 'gi') WHERE "
              + column[1]
              + " ~* ?7");
    }
    // staff's notices about the person name them; a full name (two words at least) is specific
    // enough to find those, one word ("Hello") is not, and no other customer's mail is searched
    String staffNotices =
        byFullName(person)
            ? " OR ((subject ~* ?8 OR body ~* ?8) AND lower(recipient) NOT IN"
                + " (SELECT lower(email) FROM users WHERE role = 'CUSTOMER'))"
            : "";
    run.count(
        "mail",
        "DELETE FROM mail_outbox WHERE lower(recipient) = lower(?2) OR subject ~* ?7"
            + " OR body ~* ?7"
            + staffNotices);
    // others' notifications are the subjects of the mail just deleted: staff's name the person
    run.count(
        "notifications",
        "DELETE FROM notifications WHERE subject ~* ?7"
            + (byFullName(person)
                ? " OR (subject ~* ?8 AND user_id IN (SELECT id FROM users WHERE role <> 'CUSTOMER'))"
                : ""));
    run.count(
        "stored answers",
        "DELETE FROM idempotency_records WHERE principal = 'user:' || ?1 OR principal IN"
            + " (SELECT 'key:' || id FROM api_keys WHERE user_id = ?1)");
    run.count("gateway events", "UPDATE payment_events SET payload = '{}' WHERE payload ~* ?7");
    run.count(
        "events",
        "UPDATE outbox_messages SET payload = "
            + named("regexp_replace(payload, ?7, '\\1' || ?4 || '\\2', 'gi')", byName)
            + ", actor = regexp_replace(actor, ?7, '\\1' || ?4 || '\\2', 'gi')"
            + " WHERE payload ~* ?7 OR actor ~* ?7");
    // entries about the person or their organisations lose their details and addresses; entries
    // that only mention them keep theirs, the person taken out
    String about =
        "(target = 'user ' || ?1 OR target = ANY(SELECT 'organisation ' || o FROM unnest("
            + owned
            + ") o))";
    run.count(
        "audit entries",
        "UPDATE audit_log SET actor = regexp_replace(actor, ?7, '\\1' || ?4 || '\\2', 'gi'),"
            + " target = regexp_replace(target, ?7, '\\1' || ?4 || '\\2', 'gi'),"
            + " details = CASE WHEN action = 'account.erased' THEN details WHEN "
            + about
            + " THEN NULL ELSE "
            + named("regexp_replace(details, ?7, '\\1' || ?4 || '\\2', 'gi')", byName)
            + " END, ip = NULL WHERE actor ~* ?7 OR target ~* ?7 OR details ~* ?7 OR "
            + about);
    run.count("webhooks", "DELETE FROM webhook_events WHERE organisation_id = ANY(" + owned + ")");
    // block-list entries stay: a block must keep working after its subject asked to be forgotten
    run.quietly(
        "UPDATE fraud_signals SET detail = '' WHERE check_id IN"
            + " (SELECT id FROM fraud_checks WHERE user_id = ?1 OR lower(email) = lower(?2))");
    run.count(
        "fraud checks",
        "UPDATE fraud_checks SET email = ?4, client_address = NULL, network = NULL"
            + " WHERE user_id = ?1 OR lower(email) = lower(?2)");
    run.count(
        "users",
        "UPDATE users SET email = ?4, display_name = ?5, password_hash = ?6, language = NULL,"
            + " disabled_at = coalesce(disabled_at, now()), disabled_reason = 'Erased',"
            + " active_organisation_id = NULL, sessions_valid_after = now(),"
            + " password_expires_at = NULL, password_change_required = FALSE WHERE id = ?1");
    return new Erased(counts);
  }

  @Override
  public boolean lockUnerased(long userId) {
    List<?> email =
        em.createNativeQuery("SELECT email FROM users WHERE id = ?1 FOR UPDATE")
            .setParameter(1, userId)
            .getResultList();
    return !email.isEmpty() && !((String) email.get(0)).endsWith(ERASED_DOMAIN);
  }

  @Override
  public void keepBilledTo(long organisationId, String printed) {
    em.createNativeQuery(
            "UPDATE invoices SET billed_to = ?2 WHERE organisation_id = ?1 AND billed_to IS NULL")
        .setParameter(1, organisationId)
        .setParameter(2, printed)
        .executeUpdate();
  }

  private static boolean byFullName(Person person) {
    return person.name() != null
        && person.name().strip().length() >= NAME_SEARCHED_FROM
        && person.name().strip().contains(" ");
  }

  /** {@code expression} with the person's name, as a whole word, taken out too. */
  private static String named(String expression, boolean byName) {
    return byName ? "regexp_replace(" + expression + ", ?8, ?5, 'gi')" : expression;
  }

  /** The address as a whole: "ann@x.test" is not found inside "joann@x.test". */
  static String addressPattern(String email) {
    // a full stop that ends a sentence is not part of the address
    return "(^|[^a-z0-9._%+-])(?:"
        + literal(email.toLowerCase(Locale.ROOT))
        + ")($|[^a-z0-9._-]|\\.(?:$|[^a-z0-9]))";
  }

  /** The name as whole words. */
  static String namePattern(String name) {
    return "\\m" + literal(name.strip()) + "\\M";
  }

  /** Text matched as itself by a PostgreSQL regular expression. */
  private static String literal(String text) {
    return REGEX_SPECIAL.matcher(text).replaceAll("\\\\$0");
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
        person.unusablePassword(),
        addressPattern(person.email()),
        namePattern(person.name() == null ? "" : person.name())
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
