package io.brandcloud.support.discord.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Discord's own OpenAPI document ({@code discord-openapi.json} in {@code contracts.dir}) as JSON
 * Schema 2020-12, which OpenAPI 3.1 schemas are: the schema of an operation's JSON request body,
 * with its references pointing into the document, checks a body we send. Without the document the
 * test fails rather than passing unchecked.
 */
final class DiscordDocument {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path FILE =
      Path.of(System.getProperty("contracts.dir", "../../shared/contracts/specs"))
          .resolve("discord-openapi.json")
          .toAbsolutePath()
          .normalize();
  private static final JsonNode DOCUMENT = read();
  private static final JsonSchemaFactory SCHEMAS =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  private DiscordDocument() {}

  /** What the document finds wrong with {@code body} as the request body of the operation. */
  static List<String> problems(String method, String path, String body) {
    JsonNode schema =
        DOCUMENT
            .path("paths")
            .path(path)
            .path(method.toLowerCase(java.util.Locale.ROOT))
            .path("requestBody")
            .path("content")
            .path("application/json")
            .path("schema");
    assertThat(schema.isMissingNode()).as(method + " " + path + " in Discord's document").isFalse();
    JsonSchema checker = SCHEMAS.getSchema(pointingIntoTheDocument(schema.deepCopy()));
    try {
      return checker.validate(JSON.readTree(body)).stream()
          .map(ValidationMessage::getMessage)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The operation's path as the document writes it, for a path we called. */
  static String documentedPath(String called) {
    for (Iterator<String> paths = DOCUMENT.path("paths").fieldNames(); paths.hasNext(); ) {
      String documented = paths.next();
      if (called.matches(documented.replaceAll("\\{[^}]+}", "[^/]+"))) {
        return documented;
      }
    }
    throw new AssertionError(called + " is in no path of Discord's document");
  }

  private static JsonNode pointingIntoTheDocument(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getKey().equals("$ref") && field.getValue().asText().startsWith("#")) {
          field.setValue(TextNode.valueOf(FILE.toUri() + field.getValue().asText()));
        } else {
          pointingIntoTheDocument(field.getValue());
        }
      }
    } else if (node.isArray()) {
      node.forEach(DiscordDocument::pointingIntoTheDocument);
    }
    return node;
  }

  private static JsonNode read() {
    try {
      return JSON.readTree(FILE.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Discord's document is needed at " + FILE, e);
    }
  }
}
