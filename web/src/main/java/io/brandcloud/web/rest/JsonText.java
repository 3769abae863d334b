package io.brandcloud.web.rest;

import io.brandcloud.shared.PlainText;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Checks the text of a JSON body before it is bound. Yasson replaces bytes that are not valid in
 * the body's charset and hands escaped NULs and lone surrogates on as they are, which PostgreSQL
 * refuses or the driver silently stores as '?'. A body that is not JSON at all is left to binding,
 * which answers {@code invalid_body}.
 */
final class JsonText {

  /** Why a body is refused: the field at fault (null: the body as a whole) and the reason. */
  record Refusal(String field, String message) {}

  // Json.createParser() looks the provider up again on every call
  private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

  /**
   * How deep a body may nest: far beyond any request of ours, far below the parser's own limit,
   * which it enforces with an exception nobody maps.
   */
  static final int MAX_DEPTH = 64;

  private JsonText() {}

  /**
   * Whether the body opens more than {@link #MAX_DEPTH} arrays or objects inside each other,
   * counted over its bytes (brackets in strings do not count), so nothing parses it first.
   */
  static boolean nestedTooDeep(byte[] body) {
    int depth = 0;
    boolean inString = false;
    boolean escaped = false;
    for (byte b : body) {
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (b == '\\') {
          escaped = true;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '[' || b == '{') {
        if (++depth > MAX_DEPTH) {
          return true;
        }
      } else if (b == ']' || b == '}') {
        depth--;
      }
    }
    return false;
  }

  static Refusal tooDeep() {
    return new Refusal(null, "The request body is nested more than " + MAX_DEPTH + " levels deep");
  }

  static Optional<Refusal> check(byte[] body, Charset charset) {
    String text;
    try {
      text =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString();
    } catch (CharacterCodingException e) {
      return Optional.of(new Refusal(null, "The request body is not valid " + charset.name()));
    }
    try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
      String field = null;
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        if (event == JsonParser.Event.KEY_NAME) {
          field = parser.getString();
          OptionalInt forbidden = PlainText.forbiddenInLine(field);
          if (forbidden.isPresent()) {
            return Optional.of(refusal("(a field name)", forbidden.getAsInt()));
          }
        } else if (event == JsonParser.Event.VALUE_STRING) {
          OptionalInt forbidden = PlainText.forbiddenInLines(parser.getString());
          if (forbidden.isPresent()) {
            return Optional.of(refusal(field == null ? "(the body)" : field, forbidden.getAsInt()));
          }
        }
      }
    } catch (JsonException | IllegalStateException | NoSuchElementException e) {
      return Optional.empty();
    } catch (RuntimeException e) {
      // the parser's own limits (nesting, sizes) throw plain runtime exceptions
      return Optional.of(new Refusal(null, "The request body is not JSON this API reads"));
    }
    return Optional.empty();
  }

  private static Refusal refusal(String field, int codePoint) {
    return new Refusal(
        field,
        field
            + " may not contain "
            + PlainText.describe(codePoint)
            + " (control characters and invalid characters are refused)");
  }
}
