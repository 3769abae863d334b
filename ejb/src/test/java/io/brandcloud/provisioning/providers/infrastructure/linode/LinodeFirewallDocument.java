package io.brandcloud.provisioning.providers.infrastructure.linode;

import io.brandcloud.contracts.MendedDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPointer;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.nio.file.Path;

/**
 * Linode's document with one mistake mended: the body of {@code PUT .../firewalls/{id}/rules} says
 * what each rule requires in a {@code properties} beside its {@code allOf}, which a Java validator
 * reads as "inbound and outbound are objects" and so refuses every array of rules. The requirement
 * moves into the rules' {@code items}, where the document meant it; nothing else changes.
 */
final class LinodeFirewallDocument {

  private static final String SPEC = "derived-linode-openapi-v4.189.0.relaxed.json";
  private static final String SCHEMA =
      "/paths/~1{apiVersion}~1networking~1firewalls~1{firewallId}~1rules/put/requestBody"
          + "/content/application~1json/schema";
  private static Path mended;

  private LinodeFirewallDocument() {}

  /** The mended copy, written once per run under {@code target/contracts}. */
  static synchronized Path path() {
    if (mended == null) {
      mended =
          MendedDocument.of(
              SPEC, "linode-firewall-rules-mended.json", LinodeFirewallDocument::mend);
    }
    return mended;
  }

  private static JsonStructure mend(JsonStructure full) {
    JsonPointer schemaAt = Json.createPointer(SCHEMA);
    JsonObject schema = schemaAt.getValue(full).asJsonObject();
    JsonObject rules = schema.getJsonArray("allOf").getJsonObject(0);
    var properties = Json.createObjectBuilder(rules.getJsonObject("properties"));
    for (String direction : new String[] {"inbound", "outbound"}) {
      JsonObject list = rules.getJsonObject("properties").getJsonObject(direction);
      JsonValue required =
          schema.getJsonObject("properties").getJsonObject(direction).get("required");
      properties.add(
          direction,
          Json.createObjectBuilder(list)
              .add(
                  "items",
                  Json.createObjectBuilder(list.getJsonObject("items")).add("required", required)));
    }
    JsonObject fixed =
        Json.createObjectBuilder()
            .add(
                "allOf",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder(rules).add("properties", properties)))
            .build();
    return schemaAt.replace(full, fixed);
  }
}
