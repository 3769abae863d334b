package io.brandcloud.outbox;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** Messages as stored: JSON of their record components. */
final class MessageJson {

  private static final Jsonb JSON = JsonbBuilder.create();

  private MessageJson() {}

  static String write(Record message) {
    return JSON.toJson(message);
  }

  static <M> M read(String payload, Class<M> type) {
    return JSON.fromJson(payload, type);
  }
}
