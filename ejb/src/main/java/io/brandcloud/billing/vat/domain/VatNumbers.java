package io.brandcloud.billing.vat.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shapes of the EU member states' VAT numbers, as the Commission's VIES documents them, checked
 * offline before anything is sent. Pure.
 */
public final class VatNumbers {

  /** Each member state's number after its code, with a number of that shape to show. */
  private record Shape(Pattern pattern, String example) {
    static Shape of(String regex, String example) {
      return new Shape(Pattern.compile(regex), example);
    }
  }

  private static final Map<String, Shape> SHAPES =
      Map.ofEntries(
          Map.entry("AT", Shape.of("U\\d{8}", "ATU12345678")),
          Map.entry("BE", Shape.of("[01]\\d{9}", "BE0123456789")),
          Map.entry("BG", Shape.of("\\d{9,10}", "BG123456789")),
          Map.entry("CY", Shape.of("\\d{8}[A-Z]", "CY12345678X")),
          Map.entry("CZ", Shape.of("\\d{8,10}", "CZ12345678")),
          Map.entry("DE", Shape.of("\\d{9}", "DE123456789")),
          Map.entry("DK", Shape.of("\\d{8}", "DK12345678")),
          Map.entry("EE", Shape.of("\\d{9}", "EE123456789")),
          Map.entry("EL", Shape.of("\\d{9}", "EL123456789")),
          Map.entry("ES", Shape.of("[0-9A-Z]\\d{7}[0-9A-Z]", "ESX1234567X")),
          Map.entry("FI", Shape.of("\\d{8}", "FI12345678")),
          Map.entry("FR", Shape.of("[0-9A-Z]{2}\\d{9}", "FR12345678901")),
          Map.entry("HR", Shape.of("\\d{11}", "HR12345678901")),
          Map.entry("HU", Shape.of("\\d{8}", "HU12345678")),
          Map.entry("IE", Shape.of("\\d[0-9A-Z+*]\\d{5}[A-Z]{1,2}", "IE1234567WA")),
          Map.entry("IT", Shape.of("\\d{11}", "IT12345678901")),
          Map.entry("LT", Shape.of("\\d{9}|\\d{12}", "LT123456789")),
          Map.entry("LU", Shape.of("\\d{8}", "LU12345678")),
          Map.entry("LV", Shape.of("\\d{11}", "LV12345678901")),
          Map.entry("MT", Shape.of("\\d{8}", "MT12345678")),
          Map.entry("NL", Shape.of("\\d{9}B\\d{2}", "NL123456789B01")),
          Map.entry("PL", Shape.of("\\d{10}", "PL1234567890")),
          Map.entry("PT", Shape.of("\\d{9}", "PT123456789")),
          Map.entry("RO", Shape.of("\\d{2,10}", "RO1234567890")),
          Map.entry("SE", Shape.of("\\d{12}", "SE123456789001")),
          Map.entry("SI", Shape.of("\\d{8}", "SI12345678")),
          Map.entry("SK", Shape.of("\\d{10}", "SK1234567890")));

  private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-/]");
  private static final Pattern PARTS = Pattern.compile("[,;\\n()]");

  private VatNumbers() {}

  /** Whether VIES keeps the VAT numbers of this country (ISO code; Greece is GR). */
  public static boolean covers(String country) {
    return country != null && SHAPES.containsKey(memberState(country));
  }

  /**
   * The tax id as an EU VAT number, when the customer's country is one whose numbers VIES keeps;
   * empty otherwise (a tax id of any other country is taken as written). The number is of the
   * customer's member state unless it starts with another one's code (a business billed in one
   * state registered in another).
   *
   * @throws IllegalArgumentException naming the shape expected, when the number cannot be one
   */
  public static Optional<VatNumber> parse(String country, String taxId) {
    if (!covers(country) || taxId == null || taxId.isBlank()) {
      return Optional.empty();
    }
    String compact = SEPARATORS.matcher(taxId.toUpperCase(Locale.ROOT)).replaceAll("");
    Optional<VatNumber> ofAnotherState = ofItsPrefix(compact, memberState(country));
    if (ofAnotherState.isPresent()) {
      return ofAnotherState;
    }
    String state = memberState(country);
    Shape shape = SHAPES.get(state);
    String number = withoutPrefix(compact, state);
    if (!shape.pattern().matcher(number).matches()) {
      throw new IllegalArgumentException(
          "Not a VAT number of "
              + country.toUpperCase(Locale.ROOT)
              + ": one looks like "
              + shape.example());
    }
    return Optional.of(new VatNumber(state, number));
  }

  /** As {@link #parse}, empty for a number of the wrong shape too (one entered before checks). */
  public static Optional<VatNumber> parseIfWellFormed(String country, String taxId) {
    try {
      return parse(country, taxId);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<VatNumber> ofItsPrefix(String compact, String ownState) {
    if (compact.length() < 3) {
      return Optional.empty();
    }
    String prefix = compact.substring(0, 2);
    String state = prefix.equals("GR") ? "EL" : prefix;
    Shape shape = SHAPES.get(state);
    if (shape == null || state.equals(ownState)) {
      return Optional.empty();
    }
    String number = compact.substring(2);
    return shape.pattern().matcher(number).matches()
        ? Optional.of(new VatNumber(state, number))
        : Optional.empty();
  }

  /**
   * The first well-formed EU VAT number in a text such as an invoice's "VAT DE 123 456 789; EORI
   * …": a member state's code and number ending one of its parts (split at commas, semicolons and
   * lines). Empty when there is none.
   */
  public static Optional<VatNumber> firstIn(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (String part : PARTS.split(text.toUpperCase(Locale.ROOT))) {
      String compact = SEPARATORS.matcher(part).replaceAll("");
      for (int at = 0; at + 2 < compact.length(); at++) {
        String state = compact.substring(at, at + 2);
        Shape shape = SHAPES.get(state);
        if (shape != null && shape.pattern().matcher(compact.substring(at + 2)).matches()) {
          return Optional.of(new VatNumber(state, compact.substring(at + 2)));
        }
      }
    }
    return Optional.empty();
  }

  private static String memberState(String country) {
    String code = country.strip().toUpperCase(Locale.ROOT);
    return code.equals("GR") ? "EL" : code;
  }

  private static String withoutPrefix(String compact, String state) {
    if (compact.startsWith(state)) {
      return compact.substring(2);
    }
    if (state.equals("EL") && compact.startsWith("GR")) {
      return compact.substring(2);
    }
    return compact;
  }
}
