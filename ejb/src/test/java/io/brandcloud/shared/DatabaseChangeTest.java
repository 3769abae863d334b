package io.brandcloud.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseChangeTest {

  @Test
  void aTriggersPayloadNamesTopicSchemaAndKey() {
    assertThat(DatabaseChange.parse("servers:t_acme:42"))
        .contains(new DatabaseChange("servers", "t_acme", 42));
  }

  @Test
  void anythingElseOnTheChannelIsIgnored() {
    assertThat(DatabaseChange.parse(null)).isEmpty();
    assertThat(DatabaseChange.parse("")).isEmpty();
    assertThat(DatabaseChange.parse("servers:t_acme")).isEmpty();
    assertThat(DatabaseChange.parse("servers:t_acme:forty-two")).isEmpty();
    assertThat(DatabaseChange.parse(":t_acme:1")).isEmpty();
    assertThat(DatabaseChange.parse("servers::1")).isEmpty();
    assertThat(DatabaseChange.parse("servers:t_acme:1:extra")).isEmpty();
  }
}
