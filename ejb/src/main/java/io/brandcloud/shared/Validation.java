package io.brandcloud.shared;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Currency;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Input checks shared by services; each failure names the field so forms and the API can point at
 * it.
 */
public final class Validation {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
  private static final Pattern LOCAL_PART =
      Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
  private static final Pattern DOMAIN =
      Pattern.compile(
          "(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})");

  private static final Pattern REGION = Pattern.compile("[A-Z0-9]{1,10}");
  private static final Set<String> COUNTRIES =
      Set.copyOf(java.util.Locale.getISOCountries(java.util.Locale.IsoCountryCode.PART1_ALPHA2));

  private Validation() {}

  public static String requireText(String field, String value, int maxLength) {
    refuseForbiddenCharacters(field, value, false);
    return requireLength(field, value, maxLength);
  }

  /** Text that may be left out: blank is null, anything else is checked like required text. */
  public static String optionalText(String field, String value, int maxLength) {
    refuseForbiddenCharacters(field, value, false);
    return value == null || value.isBlank() ? null : requireLength(field, value, maxLength);
  }

  /** Multi-line text that may be left out (an address): line breaks and tabs are allowed. */
  public static String optionalLines(String field, String value, int maxLength) {
    refuseForbiddenCharacters(field, value, true);
    return value == null || value.isBlank() ? null : requireLength(field, value, maxLength);
  }

  /** Multi-line text that must be there (a message): line breaks and tabs are allowed. */
  public static String requireLines(String field, String value, int maxLength) {
    refuseForbiddenCharacters(field, value, true);
    return requireLength(field, value, maxLength);
  }

  private static String requireLength(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw BrandcloudException.invalid(field, field + " is required");
    }
    String trimmed = value.strip();
    if (trimmed.length() > maxLength) {
      throw BrandcloudException.invalid(field, field + " is longer than " + maxLength);
    }
    return trimmed;
  }

  /**
   * Checked before blank and strip, which treat some control characters as white space and would
   * otherwise drop them silently.
   */
  private static void refuseForbiddenCharacters(String field, String value, boolean multiLine) {
    if (value == null) {
      return;
    }
    OptionalInt forbidden =
        multiLine ? PlainText.forbiddenInLines(value) : PlainText.forbiddenInLine(value);
    if (forbidden.isPresent()) {
      throw BrandcloudException.invalid(
          field,
          field
              + " may not contain "
              + PlainText.describe(forbidden.getAsInt())
              + " (control characters and invalid characters are refused)");
    }
  }

  /**
   * One of an enum's constants by its name in any case ("investigating" is {@code INVESTIGATING});
   * the refusal lists the choices as the API writes them, in lower case.
   */
  public static <E extends Enum<E>> E requireChoice(String field, String text, Class<E> type) {
    String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (E choice : type.getEnumConstants()) {
      if (choice.name().equals(wanted)) {
        return choice;
      }
    }
    throw BrandcloudException.invalid(
        field,
        field
            + " is one of "
            + java.util.Arrays.stream(type.getEnumConstants())
                .map(choice -> choice.name().toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.joining(", ")));
  }

  public static String requireEmail(String field, String value) {
    String email = requireText(field, value, 254).toLowerCase(java.util.Locale.ROOT);
    if (!isMailbox(email)) {
      throw BrandcloudException.invalid(field, "That is not an e-mail address");
    }
    return email;
  }

  /** Whether {@code text} is an e-mail address (see {@link #requireEmail}); false for null. */
  public static boolean looksLikeEmail(String text) {
    return text != null && isMailbox(text.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * A bare address as mail servers take it (Jakarta Mail's strict parser), with a dot-atom local
   * part and a domain name: no display name, no quoted local part, nothing a page could mistake for
   * markup.
   */
  static boolean isMailbox(String email) {
    int at = email.lastIndexOf('@');
    if (!EMAIL.matcher(email).matches()
        || !LOCAL_PART.matcher(email.substring(0, at)).matches()
        || !DOMAIN.matcher(email.substring(at + 1)).matches()) {
      return false;
    }
    try {
      jakarta.mail.internet.InternetAddress parsed =
          new jakarta.mail.internet.InternetAddress(email, true);
      parsed.validate();
      return parsed.getPersonal() == null && email.equals(parsed.getAddress());
    } catch (jakarta.mail.internet.AddressException e) {
      return false;
    }
  }

  public static String requireDomain(String field, String value) {
    String domain = requireText(field, value, 253).toLowerCase(java.util.Locale.ROOT);
    if (!DOMAIN.matcher(domain).matches()) {
      throw BrandcloudException.invalid(field, "'" + value + "' is not a domain name");
    }
    return domain;
  }

  /**
   * An API's base address: http(s), with a host and without credentials, query or fragment; answers
   * it without a trailing slash. {@code example} shows the shape in the refusal.
   */
  public static String requireHttpAddress(String field, String text, String example) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("https") && !scheme.equals("http")
          || uri.getHost() == null
          || uri.getUserInfo() != null
          || uri.getQuery() != null
          || uri.getFragment() != null) {
        throw BrandcloudException.invalid(
            field, field + " is an http(s) address such as " + example);
      }
    } catch (URISyntaxException e) {
      throw BrandcloudException.invalid(field, field + " is not an address: " + e.getReason());
    }
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  /**
   * The password policy: at least {@code PASSWORD_MIN_LENGTH} characters (default 10, never fewer
   * than 8), at most 200, and not only one repeated character.
   */
  public static String requirePassword(String field, String value) {
    int minimum = passwordMinimumLength();
    if (value == null || value.length() < minimum || value.length() > 200) {
      throw BrandcloudException.invalid(field, "Passwords have " + minimum + " to 200 characters");
    }
    if (value.chars().distinct().count() == 1) {
      throw BrandcloudException.invalid(field, "A password of one repeated character is too easy");
    }
    return value;
  }

  static int passwordMinimumLength() {
    try {
      return Math.max(
          8, Integer.parseInt(System.getenv().getOrDefault("PASSWORD_MIN_LENGTH", "10")));
    } catch (NumberFormatException e) {
      return 10;
    }
  }

  /** An ISO 3166-1 alpha-2 country code, upper-cased; null or blank stays null. */
  public static String optionalCountry(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String country = value.strip().toUpperCase(java.util.Locale.ROOT);
    if (!COUNTRIES.contains(country)) {
      throw BrandcloudException.invalid(
          field, "'" + value + "' is not an ISO country code such as DE or US");
    }
    return country;
  }

  /** A region code within a country (a state or province: QC, NY), upper-cased; blank is null. */
  public static String optionalRegion(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String region = value.strip().toUpperCase(java.util.Locale.ROOT);
    if (!REGION.matcher(region).matches()) {
      throw BrandcloudException.invalid(
          field, "'" + value + "' is not a region code (1 to 10 letters or digits)");
    }
    return region;
  }

  /**
   * The most one booking, refund or price may be: far below what the ledger's {@code NUMERIC(19,
   * 6)} columns hold, so balances and sums of many stay exact, and far above any real top-up.
   */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

  /**
   * An amount of money someone typed: more than zero, at most {@link #MAX_AMOUNT}, and with no more
   * decimals than the currency has (a cent is the smallest EUR amount; a yen has none).
   */
  public static BigDecimal requireAmount(String field, BigDecimal value, Currency currency) {
    int decimals = Math.max(currency.getDefaultFractionDigits(), 0);
    return requireDecimal(field, value, BigDecimal.ZERO, false, MAX_AMOUNT, decimals);
  }

  /**
   * As {@link #requireAmount}, where nothing at all is an amount too (a free set-up, no threshold).
   */
  public static BigDecimal requireAmountOrZero(String field, BigDecimal value, Currency currency) {
    int decimals = Math.max(currency.getDefaultFractionDigits(), 0);
    return requireDecimal(field, value, BigDecimal.ZERO, true, MAX_AMOUNT, decimals);
  }

  /**
   * A number within {@code (min or [min} … {@code max]} with at most {@code decimals} decimals:
   * nothing is rounded or clamped, a number that does not fit is refused with the rule.
   */
  public static BigDecimal requireDecimal(
      String field,
      BigDecimal value,
      BigDecimal min,
      boolean minIncluded,
      BigDecimal max,
      int decimals) {
    String rule =
        field
            + " is "
            + (minIncluded ? "at least " : "more than ")
            + min.toPlainString()
            + " and at most "
            + max.toPlainString()
            + (decimals == 0 ? ", a whole number" : ", with up to " + decimals + " decimals");
    if (value == null) {
      throw BrandcloudException.invalid(field, rule);
    }
    int compared = value.compareTo(min);
    boolean tooSmall = minIncluded ? compared < 0 : compared <= 0;
    if (tooSmall || value.compareTo(max) > 0 || value.stripTrailingZeros().scale() > decimals) {
      throw BrandcloudException.invalid(field, rule);
    }
    return value;
  }

  public static BigDecimal requireNonNegative(String field, BigDecimal value) {
    if (value == null || value.signum() < 0) {
      throw BrandcloudException.invalid(field, field + " must be zero or more");
    }
    return value;
  }

  public static BigDecimal requirePositive(String field, BigDecimal value) {
    if (value == null || value.signum() <= 0) {
      throw BrandcloudException.invalid(field, field + " must be more than zero");
    }
    return value;
  }
}
