package io.brandcloud.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

/** Log lines name the caller without a customer's e-mail address. */
class CallerLogNameTest {

  @Test
  void namesUsersAndKeysByIdAndOperatorsAndJobsByName() {
    assertThat(user(Caller.Kind.USER, null).logName()).isEqualTo("user:42");
    assertThat(user(Caller.Kind.API_KEY, null).logName()).isEqualTo("key:42");
    assertThat(user(Caller.Kind.USER, "support@acme.example").logName())
        .isEqualTo("user:42 by support@acme.example");
    assertThat(Caller.operator("ops@brandcloud.local").logName())
        .isEqualTo("operator:ops@brandcloud.local");
    assertThat(Caller.system("hourly-charging").logName()).isEqualTo("job:hourly-charging");
  }

  @Test
  void theLoggingContextFollowsTheCallerAndIsPutBack() {
    CurrentCaller.runAs(
        Caller.system("outer"),
        () -> {
          CurrentCaller.runAs(
              user(Caller.Kind.USER, null),
              () -> assertThat(MDC.get("caller")).isEqualTo("user:42"));
          assertThat(MDC.get("caller")).isEqualTo("job:outer");
        });
    assertThat(MDC.get("caller")).isNull();
  }

  private static Caller user(Caller.Kind kind, String impersonator) {
    return new Caller(
        kind, "someone@customer.example", 42L, Role.CUSTOMER, Set.of(), false, false, impersonator);
  }
}
