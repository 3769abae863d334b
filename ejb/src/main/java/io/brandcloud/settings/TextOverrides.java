package io.brandcloud.settings;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.shared.Validation;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A tenant's own wording of portal texts (its product names, its tone), per language; a text
 * without one keeps Brandcloud's wording. Which keys exist is the portal's to check: this area
 * knows only their shape.
 */
@Stateless
public class TextOverrides {

  public static final List<String> LANGUAGES = List.of("en", "de");
  private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9.-]{1,119}");
  private static final int MAX_TEXT = 2000;

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject ApplicationClock clock;
  @Inject RecentTextOverrides recent;

  /** The current tenant's wording in {@code language}, by key; kept by the node between changes. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Map<String, String> of(String language) {
    return recent.of(CurrentTenant.require(), language, () -> load(language));
  }

  public List<TextOverride> list() {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    List<?> rows =
        em.createNativeQuery(
                "SELECT text_key, language, text, updated_at, updated_by FROM text_overrides"
                    + " ORDER BY text_key, language")
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new TextOverride(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    SqlValues.instant(r[3]),
                    (String) r[4]))
        .toList();
  }

  /**
   * Sets the tenant's wording of {@code key} in {@code language}. A text may hold the placeholders
   * of the one it replaces ({@code {0}}), so it must be a valid message format.
   */
  public TextOverride set(String key, String language, String text, String actor) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    String checkedKey = requireKey(key);
    String checkedLanguage = requireLanguage(language);
    String checkedText = Validation.requireText("text", text, MAX_TEXT);
    try {
      new MessageFormat(checkedText);
    } catch (IllegalArgumentException e) {
      throw BrandcloudException.invalid(
          "text", "The text has a { … } that is not a placeholder such as {0}");
    }
    em.createNativeQuery(
            "INSERT INTO text_overrides (text_key, language, text, updated_at, updated_by)"
                + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (text_key, language) DO UPDATE"
                + " SET text = excluded.text, updated_at = excluded.updated_at,"
                + " updated_by = excluded.updated_by")
        .setParameter(1, checkedKey)
        .setParameter(2, checkedLanguage)
        .setParameter(3, checkedText)
        .setParameter(4, Timestamp.from(clock.now()))
        .setParameter(5, actor)
        .executeUpdate();
    recent.forget(CurrentTenant.require().tenantId());
    audit.record(actor, "text.changed", checkedKey + " (" + checkedLanguage + ")", checkedText);
    return new TextOverride(checkedKey, checkedLanguage, checkedText, clock.now(), actor);
  }

  /** Brandcloud's wording again; a key without an override of the tenant's is "not found". */
  public void remove(String key, String language, String actor) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    int removed =
        em.createNativeQuery("DELETE FROM text_overrides WHERE text_key = ?1 AND language = ?2")
            .setParameter(1, requireKey(key))
            .setParameter(2, requireLanguage(language))
            .executeUpdate();
    if (removed == 0) {
      throw BrandcloudException.notFound("The text " + key + " (" + language + ")");
    }
    recent.forget(CurrentTenant.require().tenantId());
    audit.record(actor, "text.reset", key + " (" + language + ")", null);
  }

  private Map<String, String> load(String language) {
    Map<String, String> texts = new HashMap<>();
    for (Object row :
        em.createNativeQuery("SELECT text_key, text FROM text_overrides WHERE language = ?1")
            .setParameter(1, language)
            .getResultList()) {
      Object[] columns = (Object[]) row;
      texts.put((String) columns[0], (String) columns[1]);
    }
    return Map.copyOf(texts);
  }

  private static String requireKey(String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw BrandcloudException.invalid("key", "Not a text key: " + key);
    }
    return key;
  }

  private static String requireLanguage(String language) {
    if (language == null || !LANGUAGES.contains(language)) {
      throw BrandcloudException.invalid(
          "language", "language is one of " + String.join(", ", LANGUAGES));
    }
    return language;
  }
}
