package io.brandcloud.provisioning.servers.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ServerReferencesTest {

  @Test
  void aServerIsKnownByItsTenantsTagAndItsId() {
    assertThat(ServerReferences.of("bc-t12", 34)).isEqualTo("bc-t12-s34");
  }

  @Test
  void onlyTheTenantsOwnReferencesAreTheirs() {
    assertThat(ServerReferences.isTenants("bc-t12", "bc-t12-s34")).isTrue();
    assertThat(ServerReferences.isTenants("bc-t12", "bc-t123-s34")).as("another tenant").isFalse();
    assertThat(ServerReferences.isTenants("bc-t1", "bc-t12-s34")).as("a prefix only").isFalse();
    assertThat(ServerReferences.isTenants("bc-t12", "bc-t12-s34-old")).isFalse();
    assertThat(ServerReferences.isTenants("bc-t12", "bc-t12-sx")).isFalse();
    assertThat(ServerReferences.isTenants("bc-t12", null)).isFalse();
  }

  @Test
  void aServersReferenceIsFoundAmongItsTags() {
    assertThat(ServerReferences.among(Stream.of("web", "bc-t12", "bc-t12-s34"), "bc-t12"))
        .isEqualTo("bc-t12-s34");
    assertThat(ServerReferences.among(Stream.of("bc-t9-s1", "web"), "bc-t12")).isNull();
  }
}
