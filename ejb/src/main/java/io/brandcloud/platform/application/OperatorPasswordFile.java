package io.brandcloud.platform.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;

/**
 * Where the first operator's generated password is written when none was configured: a file in the
 * server's data directory that only the server's own user may read, as a generated administrator
 * password is handed over by other servers too; never a log line.
 */
final class OperatorPasswordFile {

  static final String NAME = "brandcloud-operator-password";

  private OperatorPasswordFile() {}

  static Path write(String password) {
    Path file = Paths.get(System.getProperty("jboss.server.data.dir", "."), NAME);
    try {
      Files.deleteIfExists(file);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(
                EnumSet.copyOf(PosixFilePermissions.fromString("rw-------"))));
      } else {
        Files.createFile(file);
      }
      Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the first operator's password", e);
    }
  }
}
