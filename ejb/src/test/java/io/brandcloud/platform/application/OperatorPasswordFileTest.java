package io.brandcloud.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first operator's generated password is handed over in a file only the server reads. */
class OperatorPasswordFileTest {

  @TempDir Path data;

  @AfterEach
  void noDataDirectory() {
    System.clearProperty("jboss.server.data.dir");
  }

  @Test
  void thePasswordIsInAFileOnlyTheServersUserReads() throws Exception {
    System.setProperty("jboss.server.data.dir", data.toString());
    Files.writeString(data.resolve(OperatorPasswordFile.NAME), "an older one\n");

    Path file = OperatorPasswordFile.write("Xq7-generated-password");

    assertThat(file).isEqualTo(data.resolve(OperatorPasswordFile.NAME));
    assertThat(Files.readString(file)).isEqualTo("Xq7-generated-password" + System.lineSeparator());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }
}
