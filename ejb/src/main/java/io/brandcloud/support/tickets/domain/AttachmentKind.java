package io.brandcloud.support.tickets.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The files a ticket takes, told apart by their first bytes, never by the name or type the sender
 * claims: screenshots, PDFs, archives and plain text (logs, configuration).
 */
public enum AttachmentKind {
  PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a}),
  JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}),
  GIF("image/gif", List.of("gif"), new byte[] {'G', 'I', 'F', '8'}),
  PDF("application/pdf", List.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
  ZIP("application/zip", List.of("zip"), new byte[] {'P', 'K', 0x03, 0x04}),
  TEXT(
      "text/plain; charset=UTF-8",
      List.of("txt", "log", "conf", "cfg", "json", "yaml", "yml", "csv"),
      null);

  private final String contentType;
  private final List<String> extensions;
  private final byte[] magic;

  AttachmentKind(String contentType, List<String> extensions, byte[] magic) {
    this.contentType = contentType;
    this.extensions = extensions;
    this.magic = magic;
  }

  /** What the file is served as. */
  public String contentType() {
    return contentType;
  }

  public List<String> extensions() {
    return extensions;
  }

  /** The kind whose signature the content carries; text is UTF-8 without control characters. */
  public static Optional<AttachmentKind> of(byte[] content) {
    Optional<AttachmentKind> signed =
        Arrays.stream(values())
            .filter(kind -> kind.magic != null && startsWith(content, kind.magic))
            .findFirst();
    return signed.isPresent()
        ? signed
        : isPlainText(content) ? Optional.of(TEXT) : Optional.empty();
  }

  /** The kind a file name's extension names, if any. */
  public static Optional<AttachmentKind> named(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(k -> k.extensions.contains(extension)).findFirst();
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return content.length >= prefix.length
        && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static boolean isPlainText(byte[] content) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
    } catch (CharacterCodingException e) {
      return false;
    }
    return text.chars()
        .noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f);
  }
}
