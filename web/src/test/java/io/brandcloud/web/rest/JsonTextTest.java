package io.brandcloud.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonTextTest {

  private static Optional<JsonText.Refusal> check(String json) {
    return JsonText.check(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  @Test
  void escapedControlCharactersAreRefusedNamingTheField() {
    assertThat(check("{\"email\":\"\\u0000\"}")).hasValueSatisfying(r -> assertField(r, "email"));
    assertThat(check("{\"name\":\"ok\",\"legalName\":\"a\\u0001b\"}"))
        .hasValueSatisfying(r -> assertField(r, "legalName"));
    assertThat(check("{\"x\":{\"reason\":\"\\u007f\"}}"))
        .hasValueSatisfying(r -> assertField(r, "reason"));
    assertThat(check("{\"scopes\":[\"read:user\",\"\\u0085\"]}"))
        .hasValueSatisfying(r -> assertField(r, "scopes"));
    assertThat(check("{\"a\\u0000\":1}")).isPresent();
  }

  @Test
  void loneSurrogatesAreRefused() {
    assertThat(check("{\"name\":\"\\ud800\"}")).hasValueSatisfying(r -> assertField(r, "name"));
    assertThat(check("{\"name\":\"x\\udc00\"}")).isPresent();
  }

  @Test
  void realTextPassesIncludingLineBreaksForAddresses() {
    assertThat(check("{\"address\":\"Main Street 1\\n10115 Berlin\\tDE\"}")).isEmpty();
    assertThat(check("{\"name\":\"Zoë \\ud83d\\ude00 \\u202e\"}")).isEmpty();
    assertThat(check("{\"amount\":12.5,\"flag\":true,\"none\":null,\"list\":[1,2]}")).isEmpty();
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedAsABody() {
    byte[] latin1 = "{\"name\":\"Zoë\"}".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(JsonText.check(latin1, StandardCharsets.UTF_8))
        .hasValueSatisfying(r -> assertThat(r.field()).isNull());
    assertThat(JsonText.check(latin1, StandardCharsets.ISO_8859_1)).isEmpty();
    byte[] overlong = {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
    assertThat(JsonText.check(overlong, StandardCharsets.UTF_8)).isPresent();
  }

  @Test
  void bodiesThatAreNotJsonAreLeftToBinding() {
    assertThat(check("{")).isEmpty();
    assertThat(check("{\"a\":\"\u0000\"}")).as("a raw NUL is not JSON").isEmpty();
    assertThat(check("")).isEmpty();
  }

  @Test
  void nestingIsCountedBeforeAnythingParsesTheBody() {
    byte[] deep = ("[".repeat(1001) + "]".repeat(1001)).getBytes(StandardCharsets.UTF_8);
    byte[] deepObjects =
        ("{\"a\":".repeat(JsonText.MAX_DEPTH + 1) + "1" + "}".repeat(JsonText.MAX_DEPTH + 1))
            .getBytes(StandardCharsets.UTF_8);
    byte[] bracketsInAString =
        ("{\"text\":\"" + "[".repeat(500) + "\\\"{{{\"}").getBytes(StandardCharsets.UTF_8);
    byte[] atTheLimit =
        ("[".repeat(JsonText.MAX_DEPTH) + "]".repeat(JsonText.MAX_DEPTH))
            .getBytes(StandardCharsets.UTF_8);

    assertThat(JsonText.nestedTooDeep(deep)).isTrue();
    assertThat(JsonText.nestedTooDeep(deepObjects)).isTrue();
    assertThat(JsonText.nestedTooDeep(bracketsInAString)).isFalse();
    assertThat(JsonText.nestedTooDeep(atTheLimit)).isFalse();
  }

  @Test
  void theParsersOwnLimitIsARefusalNotAnError() {
    assertThat(check("[".repeat(1500) + "]".repeat(1500)))
        .hasValueSatisfying(r -> assertThat(r.field()).isNull());
  }

  private static void assertField(JsonText.Refusal refusal, String field) {
    assertThat(refusal.field()).isEqualTo(field);
    assertThat(refusal.message()).startsWith(field + " may not contain U+");
  }
}
