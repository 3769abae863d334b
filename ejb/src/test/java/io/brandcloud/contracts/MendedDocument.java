package io.brandcloud.contracts;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * A copy of a vendor's JSON document with one mistake mended for the Java validator, written once
 * per run under {@code target/contracts}; each mend says at its use what it mends and why.
 */
public final class MendedDocument {

  private MendedDocument() {}

  /**
   * {@code spec} (a file of shared/contracts/specs) mended by {@code mend}, saved as {@code name}.
   */
  public static Path of(String spec, String name, UnaryOperator<JsonStructure> mend) {
    JsonStructure full;
    try (JsonReader reader =
        Json.createReader(Files.newBufferedReader(VendorContract.specFile(spec)))) {
      full = reader.read();
    } catch (IOException e) {
      throw new UncheckedIOException("The vendor's document " + spec + " is missing", e);
    }
    JsonStructure document = mend.apply(full);
    try {
      Path target = Path.of("target", "contracts", name);
      Files.createDirectories(target.getParent());
      try (Writer out = Files.newBufferedWriter(target)) {
        Json.createWriter(out).write(document);
      }
      return target.toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
