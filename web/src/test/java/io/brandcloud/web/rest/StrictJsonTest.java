package io.brandcloud.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.JsonbException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the API reads, as the API guide promises it: no coercion of wrong types or forms. */
class StrictJsonTest {

  public record Request(BigDecimal amount, Integer validHours, Long planId, Boolean enabled) {}

  @Test
  void documentedFormsAreRead() {
    Request read = read("{\"amount\":\"10.50\",\"validHours\":3,\"planId\":42,\"enabled\":true}");
    assertThat(read).isEqualTo(new Request(new BigDecimal("10.50"), 3, 42L, true));
    assertThat(read("{\"amount\":10.5}").amount()).isEqualByComparingTo("10.5");
    assertThat(read("{\"amount\":null,\"validHours\":null}"))
        .isEqualTo(new Request(null, null, null, null));
    assertThat(read("{}")).isEqualTo(new Request(null, null, null, null));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"amount\":\"1e1\"}",
        "{\"amount\":1e1}",
        "{\"amount\":\" 10\"}",
        "{\"amount\":\"+10\"}",
        "{\"amount\":\"10.\"}",
        "{\"amount\":\"ten\"}",
        "{\"amount\":true}",
        "{\"amount\":[10]}",
        "{\"validHours\":1.5}",
        "{\"validHours\":\"2\"}",
        "{\"validHours\":99999999999}",
        "{\"planId\":\"42\"}",
        "{\"planId\":99999999999999999999999}",
        "{\"enabled\":\"true\"}",
        "{\"enabled\":1}"
      })
  void wrongTypesAndFormsAreRefused(String body) {
    assertThatThrownBy(() -> read(body)).as(body).isInstanceOf(JsonbException.class);
  }

  @Test
  void aRefusalNamesTheFieldItWasGivenFor() {
    JsonbException refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            JsonbException.class, () -> read("{\"validHours\":1.5}"));

    assertThat(ErrorMappers.refusedValue(refused))
        .hasValue(
            new ErrorMappers.ValueRefusal(
                "validHours", "The number 1.5 is not a whole number this API takes"));
  }

  private static Request read(String body) {
    return StrictJson.jsonb().fromJson(body, Request.class);
  }
}
