package io.brandcloud.privacy.domain;

import java.util.Locale;

/** An archive's size as people read it: "840 KB", "12.5 MB" (in German "12,5 MB"). */
public final class ArchiveSize {

  private ArchiveSize() {}

  public static String of(long bytes, Locale locale) {
    if (bytes < 1_000_000) {
      return Math.max(1, (bytes + 999) / 1000) + " KB";
    }
    return String.format(locale, "%.1f MB", bytes / 1_000_000.0);
  }
}
