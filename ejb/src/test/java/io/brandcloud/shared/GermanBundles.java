package io.brandcloud.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The check every bundle of people's texts passes: its German says all its English does. */
public final class GermanBundles {

  private static final ResourceBundle.Control EXACT =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private GermanBundles() {}

  /**
   * The German bundle is there, has the English one's keys and no other, and each of its texts is
   * worded and formats with values for its placeholders.
   */
  public static void assertGermanSaysEverything(String bundle) {
    ResourceBundle english = ResourceBundle.getBundle(bundle, Locale.ROOT, EXACT);
    ResourceBundle german = ResourceBundle.getBundle(bundle, Locale.GERMAN, EXACT);

    assertThat(german.getLocale()).as(bundle).isEqualTo(Locale.GERMAN);
    assertThat(german.keySet()).as(bundle).isEqualTo(english.keySet());
    Object[] values = {"42", "Disk full", "Agnes", "Acme", "high"};
    for (String key : german.keySet()) {
      assertThat(german.getString(key)).as(key).isNotBlank();
      assertThat(new MessageFormat(german.getString(key), Locale.GERMAN).format(values))
          .as(key)
          .doesNotContain("{");
    }
  }
}
