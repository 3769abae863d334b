package io.brandcloud.billing.domain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a ledger row says: in English as its description keeps it, and, when the system wrote it,
 * the wording and values that say it in another language. A value is itself a text: written as is
 * (a name, a number, a reason staff gave), or a wording of its own, as "Tax on" names the term it
 * taxes.
 *
 * @param wording null for text written by a person (a reason staff gave), which stays as written
 */
public record LedgerText(String english, LedgerWording wording, List<LedgerText> values)
    implements Serializable {

  public LedgerText {
    Objects.requireNonNull(english, "english");
    List<LedgerText> texts = new ArrayList<>();
    // a session written before values were texts of their own holds plain strings
    for (Object value : (List<?>) values) {
      texts.add(value instanceof LedgerText text ? text : asWritten(String.valueOf(value)));
    }
    values = List.copyOf(texts);
  }

  public static LedgerText asWritten(String text) {
    return new LedgerText(text, null, List.of());
  }

  /** The row's text as kept: its wording by name and its values as a JSON array. */
  public static LedgerText stored(String description, String wording, String valuesJson) {
    if (wording == null || valuesJson == null) {
      return asWritten(description);
    }
    try {
      return read(
          description, wording, Json.createReader(new StringReader(valuesJson)).readArray());
    } catch (IllegalArgumentException
        | ClassCastException
        | NullPointerException
        | jakarta.json.JsonException e) {
      // a wording this version does not know: the English it was written in
      return asWritten(description);
    }
  }

  private static LedgerText read(String english, String wording, JsonArray values) {
    LedgerWording known = LedgerWording.valueOf(wording);
    return new LedgerText(english, known, values.stream().map(LedgerText::value).toList());
  }

  private static LedgerText value(JsonValue value) {
    if (value instanceof JsonString text) {
      return asWritten(text.getString());
    }
    JsonObject nested = value.asJsonObject();
    String english = nested.getString("english");
    try {
      return read(english, nested.getString("wording"), nested.getJsonArray("values"));
    } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
      return asWritten(english);
    }
  }

  /** The values as the ledger keeps them, null for text written as is. */
  public String valuesJson() {
    return wording == null ? null : valuesArray().build().toString();
  }

  private JsonArrayBuilder valuesArray() {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (LedgerText value : values) {
      if (value.wording == null) {
        array.add(value.english);
      } else {
        array.add(
            Json.createObjectBuilder()
                .add("english", value.english)
                .add("wording", value.wording.name())
                .add("values", value.valuesArray()));
      }
    }
    return array;
  }

  public String wordingName() {
    return wording == null ? null : wording.name();
  }

  public String in(Locale language) {
    return wording == null ? english : wording.in(language, values);
  }
}
