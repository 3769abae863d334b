package io.brandcloud.support.tickets.domain;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.PlainText;

/**
 * The rules a file meets before it is kept on a ticket: not empty, at most {@link #MAX_BYTES}, a
 * plain name of at most 200 characters, and content that is what its name says it is (a program
 * named screenshot.png is refused).
 */
public final class AttachmentCheck {

  public static final int MAX_BYTES = 2 * 1024 * 1024;
  public static final int MAX_PER_TICKET = 20;

  private AttachmentCheck() {}

  /** The kind of an acceptable file; a clear refusal naming the field otherwise. */
  public static AttachmentKind kindOf(String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      throw BrandcloudException.invalid("file", "The file is empty");
    }
    if (content.length > MAX_BYTES) {
      throw new BrandcloudException(ErrorCode.PAYLOAD_TOO_LARGE, MAX_BYTES);
    }
    AttachmentKind named =
        AttachmentKind.named(fileName)
            .orElseThrow(
                () ->
                    BrandcloudException.invalid(
                        "name",
                        "Attach images (png, jpg, gif), PDFs, zip archives or text files (txt,"
                            + " log, conf, json, yaml, csv)"));
    AttachmentKind actual =
        AttachmentKind.of(content)
            .orElseThrow(
                () -> BrandcloudException.invalid("file", "The file is none of the kinds taken"));
    if (actual != named) {
      throw BrandcloudException.invalid(
          "file",
          "The file's content is not what its name says ("
              + named.name().toLowerCase(java.util.Locale.ROOT)
              + ")");
    }
    return actual;
  }

  /** A file name as given, without folders; refused if it holds control characters. */
  public static String fileName(String given) {
    if (given == null || given.isBlank()) {
      throw BrandcloudException.invalid("name", "name is required");
    }
    if (PlainText.forbiddenInLine(given).isPresent()) {
      throw BrandcloudException.invalid("name", "name may not contain control characters");
    }
    String base = given.strip().replaceAll(".*[/\\\\]", "");
    if (base.isEmpty() || base.length() > 200 || base.startsWith(".")) {
      throw BrandcloudException.invalid("name", "name is a file name of at most 200 characters");
    }
    return base;
  }
}
