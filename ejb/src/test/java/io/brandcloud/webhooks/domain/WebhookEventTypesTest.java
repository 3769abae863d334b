package io.brandcloud.webhooks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.shared.BrandcloudException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookEventTypesTest {

  @Test
  void namesFamiliesAndEverythingAreTakenOnceEachInOrder() {
    assertThat(
            WebhookEventTypes.requireValid(
                "eventTypes", List.of(" Server.* ", "invoice.paid", "server.*", "*"), false))
        .containsExactly("*", "invoice.paid", "server.*");
  }

  @Test
  void anythingElseIsRefusedNamingTheField() {
    for (List<String> wrong :
        List.of(
            List.<String>of(),
            List.of("server.exploded"),
            List.of("wallet.*"),
            List.of("webhook.ping"),
            List.of("server.**"),
            Arrays.asList((String) null))) {
      assertThatThrownBy(() -> WebhookEventTypes.requireValid("eventTypes", wrong, true))
          .as(String.valueOf(wrong))
          .isInstanceOf(BrandcloudException.class)
          .hasMessageContaining("event type");
    }
    assertThatThrownBy(() -> WebhookEventTypes.requireValid("eventTypes", null, true))
        .isInstanceOf(BrandcloudException.class);
  }

  @Test
  void onlyStaffsEndpointsNameTheStaffsEvents() {
    assertThat(
            WebhookEventTypes.requireValid(
                "eventTypes", List.of("customer.signed_up", "fraud.*"), true))
        .containsExactly("customer.signed_up", "fraud.*");
    for (String staffs : List.of("customer.signed_up", "fraud.held", "fraud.*", "customer.*")) {
      assertThatThrownBy(() -> WebhookEventTypes.requireValid("eventTypes", List.of(staffs), false))
          .as(staffs)
          .isInstanceOf(BrandcloudException.class);
    }
    assertThat(WebhookEventTypes.all(false)).doesNotContain("fraud.held");
    assertThat(WebhookEventTypes.all(true)).contains("fraud.held", "server.created");
  }

  @Test
  void anEndpointHearsWhatItsPatternsSelect() {
    assertThat(WebhookEventTypes.matches(List.of("*"), "ticket.closed")).isTrue();
    assertThat(WebhookEventTypes.matches(List.of("ticket.*"), "ticket.closed")).isTrue();
    assertThat(WebhookEventTypes.matches(List.of("ticket.closed"), "ticket.closed")).isTrue();
    assertThat(WebhookEventTypes.matches(List.of("ticket.created"), "ticket.closed")).isFalse();
    assertThat(WebhookEventTypes.matches(List.of("server.*"), "ticket.closed")).isFalse();
  }

  @Test
  void everyEventBelongsToAFamily() {
    assertThat(WebhookEventTypes.all(true))
        .allSatisfy(
            type ->
                assertThat(WebhookEventTypes.families(true))
                    .contains(type.substring(0, type.indexOf('.'))));
  }
}
