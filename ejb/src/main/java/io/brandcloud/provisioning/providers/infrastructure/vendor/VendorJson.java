package io.brandcloud.provisioning.providers.infrastructure.vendor;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lenient reading of vendor JSON (a field may be missing, null or of another type than documented)
 * and building of request bodies, with one JSON-P factory made once.
 */
public final class VendorJson {

  private static final JsonBuilderFactory BUILDERS =
      jakarta.json.Json.createBuilderFactory(Map.of());

  private VendorJson() {}

  public static JsonObjectBuilder object() {
    return BUILDERS.createObjectBuilder();
  }

  public static JsonArray array(List<String> values) {
    JsonArrayBuilder array = BUILDERS.createArrayBuilder();
    values.forEach(array::add);
    return array.build();
  }

  public static JsonArray numbers(List<Long> values) {
    JsonArrayBuilder array = BUILDERS.createArrayBuilder();
    values.forEach(array::add);
    return array.build();
  }

  /** The strings of an array, anything else in it passed over. */
  public static Stream<String> strings(JsonArray array) {
    return array.stream()
        .filter(JsonString.class::isInstance)
        .map(value -> ((JsonString) value).getString());
  }

  public static JsonObject object(JsonValue value, String name) {
    JsonValue field = field(value, name);
    return field instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
  }

  public static JsonArray array(JsonValue value, String name) {
    JsonValue field = field(value, name);
    return field instanceof JsonArray array ? array : JsonValue.EMPTY_JSON_ARRAY;
  }

  /** The field as text: strings as they are, numbers and booleans spelled out, else null. */
  public static String text(JsonValue value, String name) {
    JsonValue field = field(value, name);
    if (field instanceof JsonString string) {
      return string.getString();
    }
    if (field instanceof JsonNumber number) {
      return number.bigDecimalValue().stripTrailingZeros().toPlainString();
    }
    if (field == JsonValue.TRUE || field == JsonValue.FALSE) {
      return field.toString();
    }
    return null;
  }

  public static BigDecimal decimal(JsonValue value, String name) {
    JsonValue field = field(value, name);
    if (field instanceof JsonNumber number) {
      return number.bigDecimalValue();
    }
    if (field instanceof JsonString string) {
      try {
        return new BigDecimal(string.getString().strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  public static int integer(JsonValue value, String name) {
    BigDecimal number = decimal(value, name);
    return number == null ? 0 : number.intValue();
  }

  /** A whole number the vendor may leave out: null then, not 0. */
  public static Integer integerOrNull(JsonValue value, String name) {
    BigDecimal number = decimal(value, name);
    return number == null ? null : number.intValue();
  }

  public static boolean flag(JsonValue value, String name) {
    return field(value, name) == JsonValue.TRUE;
  }

  /**
   * A moment as vendors write it, with or without a zone: Linode's "2018-01-15T00:01:01" and
   * VirtFusion's "2025-01-15 15:00:49" are UTC.
   */
  public static Optional<Instant> moment(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException again) {
        return Optional.empty();
      }
    }
  }

  public static JsonValue field(JsonValue value, String name) {
    if (value instanceof JsonObject object && object.containsKey(name)) {
      return object.get(name);
    }
    return JsonValue.NULL;
  }
}
