package io.brandcloud.mail;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.settings.Settings;
import io.brandcloud.settings.TenantSettings;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.PublicUrls;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Renders every message from its type's template, the tenant's own wording or Brandcloud's, with
 * values written in the tenant's locale and time zone; and lets the tenant's staff change, preview
 * and reset that wording.
 */
@Stateless
public class MessageTemplates {

  @PersistenceContext EntityManager em;
  @EJB TenantSettings settings;
  @Inject AuditLog audit;
  @Inject ApplicationClock clock;

  /** Renders one message of {@code type} from {@code values} (named as the type names them). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public RenderedMessage render(MessageType type, Map<String, ?> values) {
    return renderer(type).apply(values);
  }

  /** Reads the template once and renders many messages of {@code type} with it. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Function<Map<String, ?>, RenderedMessage> renderer(MessageType type) {
    return renderer(type, Optional.empty());
  }

  /**
   * As {@link #renderer(MessageType)}, for recipients who chose {@code language} for themselves:
   * Brandcloud's wording and the numbers and dates in it follow their choice rather than the
   * tenant's; a template the tenant's staff wrote is theirs in whatever language they wrote it.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Function<Map<String, ?>, RenderedMessage> renderer(
      MessageType type, Optional<Locale> language) {
    Settings tenantSettings = settings.current();
    Locale tenantLocale = Locale.forLanguageTag(tenantSettings.locale());
    TenantContext tenant = CurrentTenant.require();
    Optional<MailTemplate> own =
        override(type).map(text -> MailTemplate.compile(type, text.subject(), text.body()));
    // the tenant's own wording is in its language: its values are written in the same
    Locale locale =
        own.isPresent()
            ? tenantLocale
            : language.map(l -> inRegionOf(l, tenantLocale)).orElse(tenantLocale);
    MailTemplate template = own.orElseGet(() -> DefaultTemplates.compiled(type, locale));
    MessageFormatting formatting =
        new MessageFormatting(locale, tenant.timeZone(), tenantSettings.displayCredits());
    Map<String, Object> common = new LinkedHashMap<>();
    common.put("product", tenant.brand().productName());
    common.put("portalUrl", PublicUrls.portal(tenant));
    return values -> {
      requireKnown(type, values.keySet());
      Map<String, Object> all = new LinkedHashMap<>(common);
      all.putAll(values);
      return template.render(formatting.format(all));
    };
  }

  /**
   * The reader's language with the tenant's region, so that a Swiss shop's customer who reads
   * English still sees Swiss francs written the Swiss way; the tenant's own locale where the
   * language is its own.
   */
  private static Locale inRegionOf(Locale reader, Locale tenant) {
    if (reader.getLanguage().equals(tenant.getLanguage())) {
      return tenant;
    }
    return tenant.getCountry().isEmpty()
        ? reader
        : new Locale.Builder()
            .setLanguage(reader.getLanguage())
            .setRegion(tenant.getCountry())
            .build();
  }

  public List<MessageTemplateView> all() {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    return Arrays.stream(MessageType.values()).map(this::view).toList();
  }

  public MessageTemplateView one(MessageType type) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    return view(type);
  }

  /** Replaces the tenant's wording of {@code type}; a template that does not compile is refused. */
  public MessageTemplateView change(MessageType type, String subject, String body) {
    String actor = CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE).name();
    MailTemplate.compile(type, subject, body);
    em.createNativeQuery(
            "INSERT INTO message_templates (message_type, subject, body, updated_at, updated_by)"
                + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (message_type) DO UPDATE SET"
                + " subject = EXCLUDED.subject, body = EXCLUDED.body,"
                + " updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by")
        .setParameter(1, type.key())
        .setParameter(2, subject.strip())
        .setParameter(3, body)
        .setParameter(4, clock.now())
        .setParameter(5, actor)
        .executeUpdate();
    audit.record(actor, "message_template.changed", type.key(), null);
    return view(type);
  }

  /** Goes back to Brandcloud's wording of {@code type}. */
  public MessageTemplateView reset(MessageType type) {
    String actor = CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE).name();
    int removed =
        em.createNativeQuery("DELETE FROM message_templates WHERE message_type = ?1")
            .setParameter(1, type.key())
            .executeUpdate();
    if (removed > 0) {
      audit.record(actor, "message_template.reset", type.key(), null);
    }
    return view(type);
  }

  /**
   * Renders {@code subject} and {@code body} (or the current template where they are null) with
   * made-up values, so staff see a change before customers do.
   */
  public RenderedMessage preview(MessageType type, String subject, String body) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    MessageTemplateView current = view(type);
    MailTemplate template =
        MailTemplate.compile(
            type,
            subject == null ? current.subject() : subject,
            body == null ? current.body() : body);
    Settings tenantSettings = settings.current();
    TenantContext tenant = CurrentTenant.require();
    String portalUrl = PublicUrls.portal(tenant);
    Map<String, Object> values =
        new LinkedHashMap<>(MessageSamples.of(type, tenant.currency(), portalUrl));
    values.put("product", tenant.brand().productName());
    values.put("portalUrl", portalUrl);
    MessageFormatting formatting =
        new MessageFormatting(
            Locale.forLanguageTag(tenantSettings.locale()),
            tenant.timeZone(),
            tenantSettings.displayCredits());
    return template.render(formatting.format(values));
  }

  private MessageTemplateView view(MessageType type) {
    return override(type)
        .map(
            own ->
                new MessageTemplateView(
                    type.key(),
                    type.variables(),
                    own.subject(),
                    own.body(),
                    true,
                    own.updatedAt(),
                    own.updatedBy()))
        .orElseGet(
            () -> {
              DefaultTemplates.Text text =
                  DefaultTemplates.text(type, Locale.forLanguageTag(settings.current().locale()));
              return new MessageTemplateView(
                  type.key(), type.variables(), text.subject(), text.body(), false, null, null);
            });
  }

  private record OwnWording(
      String subject, String body, java.time.Instant updatedAt, String updatedBy) {}

  private Optional<OwnWording> override(MessageType type) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT subject, body, updated_at, updated_by FROM message_templates"
                    + " WHERE message_type = ?1")
            .setParameter(1, type.key())
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            row ->
                new OwnWording(
                    (String) row[0], (String) row[1], SqlValues.instant(row[2]), (String) row[3]))
        .findFirst();
  }

  private static void requireKnown(MessageType type, Set<String> names) {
    Set<String> unknown = new HashSet<>(names);
    unknown.removeAll(type.variables());
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(type + " has no values named " + unknown);
    }
  }
}
