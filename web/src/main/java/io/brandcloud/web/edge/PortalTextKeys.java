package io.brandcloud.web.edge;

import io.brandcloud.shared.BrandcloudException;
import java.util.Locale;

/** Which keys name a text of the portal, for tenants that reword one. */
public final class PortalTextKeys {

  private PortalTextKeys() {}

  /** The key if the portal has a text of that name (in English, the base of every language). */
  public static String requireKnown(String key) {
    if (key == null || PortalTexts.isMissing(PortalTexts.text(key, Locale.ENGLISH))) {
      throw BrandcloudException.invalid("key", "The portal has no text named " + key);
    }
    return key;
  }
}
