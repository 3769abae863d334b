package io.brandcloud.web.edge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short name for some content (the start of its SHA-256 in hex) that changes whenever the content
 * does: what a versioned address carries, so that browsers may keep what it names for good.
 */
public final class ContentVersion {

  private static final int BYTES_NAMED = 6;

  private final MessageDigest sha256;

  public ContentVersion() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public ContentVersion add(byte[] content) {
    sha256.update(content);
    return this;
  }

  /** Adds what the stream holds, and closes it; a missing one ({@code null}) adds nothing. */
  public ContentVersion add(InputStream content) {
    if (content == null) {
      return this;
    }
    try (content) {
      return add(content.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Twelve hex digits. */
  public String name() {
    return HexFormat.of().formatHex(sha256.digest(), 0, BYTES_NAMED);
  }
}
