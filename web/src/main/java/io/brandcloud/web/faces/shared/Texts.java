package io.brandcloud.web.faces.shared;

import io.brandcloud.web.edge.PortalTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.AbstractMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every visible text of the portal, in the language of the view: {@code
 * #{msg['portal.dashboard.title']}} on pages, {@link #format} in page beans ({@link PortalTexts}
 * holds the bundles).
 */
@Named("msg")
@RequestScoped
public class Texts extends AbstractMap<String, String> {

  @Override
  public String get(Object key) {
    return PortalTexts.text(String.valueOf(key), Views.locale());
  }

  /** The text of {@code key} with {@code {0}}, {@code {1}} … filled in. */
  public String format(String key, Object... arguments) {
    Locale locale = Views.locale();
    return new MessageFormat(PortalTexts.text(key, locale), locale).format(arguments);
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
