package io.brandcloud.web.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers and booleans read as the API documents them, where Yasson would coerce: a whole number is
 * a JSON number without fraction or exponent ({@code 1.5} is not 1, {@code "2"} is not 2); an
 * amount a JSON number or string in plain decimal notation ({@code "10.50"}, as the API writes
 * amounts, but never {@code "1e1"} or {@code " 10"}); a boolean {@code true} or {@code false}. A
 * whole number with a fraction is refused by {@code bigIntegerValueExact}, not rounded. Anything
 * else is a {@link JsonbException}, which answers 400 {@code invalid_body}.
 */
final class StrictNumbers {

  private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

  private StrictNumbers() {}

  /** A value of the wrong form; the answer names the field it was given for. */
  static final class Refused extends JsonbException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  static final class Amounts implements JsonbDeserializer<BigDecimal> {
    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      String text =
          switch (value.getValueType()) {
            case NULL -> null;
            case NUMBER -> value.toString();
            case STRING -> ((JsonString) value).getString();
            default -> throw new Refused("An amount is a number, such as \"10.50\"");
          };
      if (text == null) {
        return null;
      }
      if (!PLAIN_DECIMAL.matcher(text).matches()) {
        throw new Refused("An amount is written as a plain decimal, such as \"10.50\"");
      }
      return new BigDecimal(text);
    }
  }

  static final class Longs implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return whole(parser.getValue());
    }
  }

  static final class Integers implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
      Long whole = whole(parser.getValue());
      if (whole != null && (whole < Integer.MIN_VALUE || whole > Integer.MAX_VALUE)) {
        throw new Refused("The number " + whole + " is too large");
      }
      return whole == null ? null : whole.intValue();
    }
  }

  static final class Booleans implements JsonbDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return switch (parser.getValue().getValueType()) {
        case TRUE -> Boolean.TRUE;
        case FALSE -> Boolean.FALSE;
        case NULL -> null;
        default -> throw new Refused("A yes or no is true or false");
      };
    }
  }

  private static Long whole(JsonValue value) {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(value instanceof JsonNumber number)) {
      throw new Refused("A whole number is written without a fraction or quotes, such as 3");
    }
    try {
      return number.bigIntegerValueExact().longValueExact();
    } catch (ArithmeticException e) {
      throw new Refused("The number " + number + " is not a whole number this API takes");
    }
  }
}
