package io.brandcloud.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TenantSchemasTest {

  @Test
  void twoSparesUnlessTheOperatorSaysHowManyFromNoneToTwenty() {
    assertThat(TenantSchemas.sparesWanted(null)).isEqualTo(2);
    assertThat(TenantSchemas.sparesWanted(" 5 ")).isEqualTo(5);
    assertThat(TenantSchemas.sparesWanted("0")).isZero();
    assertThat(TenantSchemas.sparesWanted("-3")).isZero();
    assertThat(TenantSchemas.sparesWanted("500")).isEqualTo(20);
    assertThat(TenantSchemas.sparesWanted("many")).isEqualTo(2);
  }
}
