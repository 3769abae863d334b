package io.brandcloud.web.faces.provisioning;

import io.brandcloud.provisioning.providers.domain.CatalogEntry;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Images of one system as the order form shows them, one card each as clouds do: "Debian" with its
 * versions "12" and "11", named as the provider names them ("Debian 12"); systems in the order the
 * catalogue lists them, each system's newest version first, as that is what most people want.
 */
public record ImageFamily(String name, List<Version> versions) implements Serializable {

  /** One image of the system: its code and the rest of its name after the system's. */
  public record Version(String code, String version) implements Serializable {}

  /** The images grouped by the words of their names before the first that begins with a digit. */
  public static List<ImageFamily> of(List<CatalogEntry> images) {
    Map<String, List<Version>> families = new LinkedHashMap<>();
    for (CatalogEntry image : images) {
      String name = image.name() == null || image.name().isBlank() ? image.code() : image.name();
      String[] split = split(name.strip());
      families
          .computeIfAbsent(split[0], f -> new ArrayList<>())
          .add(new Version(image.code(), split[1]));
    }
    return families.entrySet().stream()
        .map(
            f ->
                new ImageFamily(
                    f.getKey(), f.getValue().stream().sorted(ImageFamily::newerFirst).toList()))
        .toList();
  }

  /** The code of the family's first version: the one a card chosen alone stands for. */
  public String firstCode() {
    return versions.get(0).code();
  }

  /** Whether the family has one image whose name says no version, so the card needs no choice. */
  public boolean single() {
    return versions.size() == 1;
  }

  /**
   * Compares the numbers of two versions ("24.04" after "22.04", "9" before "10"), newest first.
   */
  private static int newerFirst(Version a, Version b) {
    String[] left = a.version().split("\\D+");
    String[] right = b.version().split("\\D+");
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      if (left[i].isEmpty() || right[i].isEmpty()) {
        continue;
      }
      int compared =
          new java.math.BigInteger(right[i]).compareTo(new java.math.BigInteger(left[i]));
      if (compared != 0) {
        return compared;
      }
    }
    return 0;
  }

  /** The system's words and the version's ("Ubuntu", "24.04 LTS"); no version: "". */
  private static String[] split(String name) {
    String[] words = name.split("\\s+");
    for (int i = 1; i < words.length; i++) {
      if (Character.isDigit(words[i].charAt(0))) {
        return new String[] {
          String.join(" ", java.util.Arrays.copyOfRange(words, 0, i)),
          String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length))
        };
      }
    }
    return new String[] {name, ""};
  }
}
