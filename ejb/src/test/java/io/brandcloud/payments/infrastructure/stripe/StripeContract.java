package io.brandcloud.payments.infrastructure.stripe;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.brandcloud.contracts.VendorContract;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stripe's API document (2023-08-16) as a contract the validator can use. The whole document is too
 * large for it (it runs out of memory resolving schemas), so a copy with only the operations the
 * client calls is derived at test time; those request schemas hold no references, so nothing is
 * lost. Stripe's form bodies nest with brackets ({@code line_items[0][price_data][currency]}),
 * which the validator reads as unknown flat fields, so each recorded body is turned into the JSON
 * tree it stands for, its leaves typed by the document, and validated as JSON against the same
 * schema (the derived copy accepts JSON with the form's schema).
 */
final class StripeContract {

  static final String SPEC = "stripe-spec3-2023-08-16.json";
  private static final String[][] OPERATIONS = {
    {"/v1/balance", "get"},
    {"/v1/checkout/sessions", "post"},
    {"/v1/checkout/sessions/{session}", "get"},
    {"/v1/payment_intents", "post"},
    {"/v1/payment_intents/{intent}", "get"},
    {"/v1/refunds", "post"},
  };
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final Pattern INDEXED = Pattern.compile("([^\\[]+)((?:\\[[^\\]]*\\])*)");
  private static Path derived;
  private static JsonObject paths;

  private StripeContract() {}

  static VendorContract start() {
    return new VendorContract(derivedSpec()).validatedAs(StripeContract::asJson);
  }

  /** The trimmed copy, written once per run under {@code target/contracts}. */
  static synchronized Path derivedSpec() {
    if (derived != null) {
      return derived;
    }
    JsonObject full;
    try (JsonReader reader =
        Json.createReader(Files.newBufferedReader(VendorContract.specFile(SPEC)))) {
      full = reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException("The Stripe document " + SPEC + " is missing", e);
    }
    JsonObjectBuilder trimmedPaths = Json.createObjectBuilder();
    for (String[] operation : OPERATIONS) {
      JsonObject original = full.getJsonObject("paths").getJsonObject(operation[0]);
      JsonObject op = original.getJsonObject(operation[1]);
      JsonObjectBuilder copy = Json.createObjectBuilder(op);
      copy.add(
          "responses",
          Json.createObjectBuilder()
              .add("200", Json.createObjectBuilder().add("description", "ok")));
      if (op.containsKey("requestBody")) {
        JsonObject body = op.getJsonObject("requestBody");
        JsonObject form = body.getJsonObject("content").getJsonObject(FORM);
        copy.add(
            "requestBody",
            Json.createObjectBuilder(body)
                .add(
                    "content",
                    Json.createObjectBuilder().add(FORM, form).add("application/json", form)));
      }
      trimmedPaths.add(operation[0], Json.createObjectBuilder().add(operation[1], copy));
    }
    JsonObject trimmed =
        Json.createObjectBuilder()
            .add("openapi", full.getString("openapi"))
            .add("info", full.getJsonObject("info"))
            .add("servers", full.getJsonArray("servers"))
            .add("security", full.getJsonArray("security"))
            .add(
                "components",
                Json.createObjectBuilder()
                    .add(
                        "securitySchemes",
                        full.getJsonObject("components").getJsonObject("securitySchemes")))
            .add("paths", trimmedPaths)
            .build();
    try {
      Path file = Path.of("target", "contracts", "derived-stripe-2023-08-16.trimmed.json");
      Files.createDirectories(file.getParent());
      Files.writeString(file, trimmed.toString());
      paths = trimmed.getJsonObject("paths");
      derived = file;
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The recorded request with its form body as the JSON tree it encodes, and {@code expand[i]}
   * query parameters as the repeated {@code expand} the document declares.
   */
  static SimpleRequest asJson(LoggedRequest sent) {
    URI url = URI.create(sent.getUrl());
    String method = sent.getMethod().getName();
    SimpleRequest.Builder request = new SimpleRequest.Builder(method, url.getRawPath());
    for (HttpHeader header : sent.getHeaders().all()) {
      if (!header.key().equalsIgnoreCase("Content-Type")) {
        request.withHeader(header.key(), header.values());
      }
    }
    Map<String, List<String>> query = new LinkedHashMap<>();
    sent.getQueryParams()
        .forEach(
            (name, values) ->
                query
                    .computeIfAbsent(name.replaceAll("\\[\\d+\\]$", ""), k -> new ArrayList<>())
                    .addAll(values.values()));
    query.forEach(request::withQueryParam);
    String body = sent.getBodyAsString();
    if (body != null && !body.isEmpty()) {
      JsonObject schema = bodySchema(url.getPath(), method.toLowerCase());
      request.withHeader("Content-Type", "application/json");
      request.withBody(tree(decode(body), schema).toString());
    }
    return request.build();
  }

  private static JsonObject bodySchema(String path, String method) {
    derivedSpec();
    JsonObject operation = paths.getJsonObject(path).getJsonObject(method);
    return operation
        .getJsonObject("requestBody")
        .getJsonObject("content")
        .getJsonObject(FORM)
        .getJsonObject("schema");
  }

  /** {@code a[b][0]=v} pairs in the order sent, each as its path of keys. */
  private static List<Map.Entry<List<String>, String>> decode(String body) {
    List<Map.Entry<List<String>, String>> pairs = new ArrayList<>();
    for (String pair : body.split("&")) {
      String[] kv = pair.split("=", 2);
      String key = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
      String value = kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
      Matcher m = INDEXED.matcher(key);
      if (!m.matches()) {
        throw new AssertionError("Not a Stripe form key: " + key);
      }
      List<String> segments = new ArrayList<>();
      segments.add(m.group(1));
      Matcher inner = Pattern.compile("\\[([^\\]]*)\\]").matcher(m.group(2));
      while (inner.find()) {
        segments.add(inner.group(1));
      }
      pairs.add(Map.entry(segments, value));
    }
    return pairs;
  }

  /** Builds the nested value; numeric keys make arrays, leaves are typed by the schema. */
  private static JsonValue tree(List<Map.Entry<List<String>, String>> pairs, JsonObject schema) {
    Map<String, Object> root = new LinkedHashMap<>();
    for (Map.Entry<List<String>, String> pair : pairs) {
      Map<String, Object> node = root;
      List<String> keys = pair.getKey();
      for (int i = 0; i < keys.size() - 1; i++) {
        @SuppressWarnings("unchecked")
        Map<String, Object> child =
            (Map<String, Object>) node.computeIfAbsent(keys.get(i), k -> new TreeMap<>());
        node = child;
      }
      node.put(keys.get(keys.size() - 1), pair.getValue());
    }
    return json(root, schema);
  }

  private static JsonValue json(Object node, JsonObject schema) {
    if (node instanceof String leaf) {
      return leaf(leaf, schema);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> children = (Map<String, Object>) node;
    if (!children.isEmpty() && children.keySet().stream().allMatch(k -> k.matches("\\d+"))) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      children.entrySet().stream()
          .sorted(Map.Entry.comparingByKey((a, b) -> Integer.parseInt(a) - Integer.parseInt(b)))
          .forEach(e -> array.add(json(e.getValue(), items(schema))));
      return array.build();
    }
    JsonObjectBuilder object = Json.createObjectBuilder();
    children.forEach((key, value) -> object.add(key, json(value, property(schema, key))));
    return object.build();
  }

  /** A leaf as the schema types it: integer, number or boolean where it parses as one. */
  private static JsonValue leaf(String value, JsonObject schema) {
    List<String> types = types(schema);
    if (types.contains("integer") && value.matches("-?\\d+")) {
      return Json.createValue(Long.parseLong(value));
    }
    if (types.contains("number") && value.matches("-?\\d+(\\.\\d+)?")) {
      return Json.createValue(new java.math.BigDecimal(value));
    }
    if (types.contains("boolean") && (value.equals("true") || value.equals("false"))) {
      return value.equals("true") ? JsonValue.TRUE : JsonValue.FALSE;
    }
    return Json.createValue(value);
  }

  private static List<String> types(JsonObject schema) {
    List<String> types = new ArrayList<>();
    if (schema == null) {
      return types;
    }
    if (schema.containsKey("type")) {
      types.add(schema.getString("type"));
    }
    for (JsonObject member : members(schema)) {
      types.addAll(types(member));
    }
    return types;
  }

  private static JsonObject property(JsonObject schema, String key) {
    if (schema == null) {
      return null;
    }
    if (schema.containsKey("properties") && schema.getJsonObject("properties").containsKey(key)) {
      return schema.getJsonObject("properties").getJsonObject(key);
    }
    for (JsonObject member : members(schema)) {
      JsonObject found = property(member, key);
      if (found != null) {
        return found;
      }
    }
    return schema.get("additionalProperties") instanceof JsonObject extra ? extra : null;
  }

  private static JsonObject items(JsonObject schema) {
    if (schema == null) {
      return null;
    }
    if (schema.containsKey("items")) {
      return schema.getJsonObject("items");
    }
    for (JsonObject member : members(schema)) {
      JsonObject found = items(member);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static List<JsonObject> members(JsonObject schema) {
    List<JsonObject> members = new ArrayList<>();
    for (String combinator : new String[] {"anyOf", "oneOf", "allOf"}) {
      if (schema.get(combinator) instanceof JsonArray array) {
        array.forEach(m -> members.add(m.asJsonObject()));
      }
    }
    return members;
  }
}
