package io.brandcloud.billing.domain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.io.Serializable;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a ledger row says: in English as its description keeps it, and, when the system wrote it,
 * the wording and values that say it in another language.
 *
 * @param wording null for text written by a person (a reason staff gave), which stays as written
 */
public record LedgerText(String english, LedgerWording wording, List<String> values)
    implements Serializable {

  public LedgerText {
    Objects.requireNonNull(english, "english");
    values = List.copyOf(values);
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
      LedgerWording known = LedgerWording.valueOf(wording);
      JsonArray array = Json.createReader(new StringReader(valuesJson)).readArray();
      return new LedgerText(
          description,
          known,
          array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
    } catch (IllegalArgumentException | ClassCastException | jakarta.json.JsonException e) {
      // a wording this version does not know: the English it was written in
      return asWritten(description);
    }
  }

  /** The values as the ledger keeps them, null for text written as is. */
  public String valuesJson() {
    return wording == null ? null : Json.createArrayBuilder(values).build().toString();
  }

  public String wordingName() {
    return wording == null ? null : wording.name();
  }

  public String in(Locale language) {
    return wording == null ? english : wording.in(language, values);
  }
}
