package io.brandcloud.web.faces.shared;

import io.brandcloud.settings.TextOverrides;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.web.edge.PortalTexts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.AbstractMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every visible text of the portal, in the language of the view, in the tenant's own wording where
 * it has one ({@link TextOverrides}): {@code #{msg['portal.dashboard.title']}} on pages, {@link
 * #format} in page beans ({@link PortalTexts} holds the bundles).
 */
@Named("msg")
@RequestScoped
public class Texts extends AbstractMap<String, String> {

  @EJB TextOverrides overrides;

  private Map<String, String> tenantWording;

  @Override
  public String get(Object key) {
    return text(String.valueOf(key), Views.locale());
  }

  /** The text of {@code key} with {@code {0}}, {@code {1}} … filled in. */
  public String format(String key, Object... arguments) {
    Locale locale = Views.locale();
    return new MessageFormat(text(key, locale), locale).format(arguments);
  }

  private String text(String key, Locale locale) {
    String own = tenantWording(locale).get(key);
    return own != null ? own : PortalTexts.text(key, locale);
  }

  /** The tenant's overrides in the view's language, read once per request; none off a tenant. */
  private Map<String, String> tenantWording(Locale locale) {
    if (tenantWording == null) {
      tenantWording =
          CurrentTenant.get().isPresent() && TextOverrides.LANGUAGES.contains(locale.getLanguage())
              ? overrides.of(locale.getLanguage())
              : Map.of();
    }
    return tenantWording;
  }

  @Override
  public boolean containsKey(Object key) {
    return !PortalTexts.isMissing(get(key));
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return Set.of();
  }
}
