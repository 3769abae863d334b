package io.brandcloud.provisioning.servers.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.shared.BrandcloudException;
import org.junit.jupiter.api.Test;

class UserDataTest {

  @Test
  void noneIsNone() {
    assertThat(UserData.require(null)).isNull();
    assertThat(UserData.require("  \n")).isNull();
  }

  @Test
  void aCloudConfigOrAScriptIsTakenAsGiven() {
    assertThat(UserData.require("#cloud-config\nruncmd: [ls]\n"))
        .isEqualTo("#cloud-config\nruncmd: [ls]\n");
    assertThat(UserData.require("#!/bin/bash\necho ok")).isEqualTo("#!/bin/bash\necho ok");
  }

  @Test
  void whatCloudInitWouldIgnoreOrCannotTakeIsRefusedNamingTheField() {
    assertThatThrownBy(() -> UserData.require("apt-get install nginx"))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("#cloud-config");
    assertThatThrownBy(() -> UserData.require("#!/bin/sh\n\0"))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("NUL");
    String exactly = "#!/bin/sh\n" + "x".repeat(UserData.MAX_BYTES - 10);
    assertThat(UserData.require(exactly)).hasSize(UserData.MAX_BYTES);
    assertThatThrownBy(() -> UserData.require(exactly + "\u00e9"))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("16386 bytes");
  }
}
