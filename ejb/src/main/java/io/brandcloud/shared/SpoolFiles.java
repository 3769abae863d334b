package io.brandcloud.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import org.jboss.logging.Logger;

/**
 * Temporary files a long export is written to before it is stored or sent: readable by the server's
 * user alone, stored in chunks, and deleted whatever happened.
 */
public final class SpoolFiles {

  private static final Logger LOG = Logger.getLogger(SpoolFiles.class);
  private static final FileAttribute<?> OWNER_ONLY =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

  /** Takes one chunk of a file; {@code position} counts from 0. */
  public interface ChunkSink {
    void accept(int position, byte[] content);
  }

  private SpoolFiles() {}

  public static Path create(String prefix, String suffix) throws IOException {
    return Files.createTempFile(prefix, suffix, OWNER_ONLY);
  }

  /** Hands the file over in chunks of at most {@code chunkBytes}; its size. */
  public static long inChunks(Path file, int chunkBytes, ChunkSink sink) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      long size = 0;
      int position = 0;
      byte[] chunk;
      while ((chunk = in.readNBytes(chunkBytes)).length > 0) {
        sink.accept(position++, chunk);
        size += chunk.length;
      }
      return size;
    }
  }

  public static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warnf("Could not delete %s: %s", file, e.getMessage());
    }
  }
}
