package io.brandcloud.support.tickets.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AttachmentCheckTest {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0};
  private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] PROGRAM = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

  @Test
  void filesAreKnownByTheirFirstBytes() {
    assertThat(AttachmentCheck.kindOf("screen.PNG", PNG)).isEqualTo(AttachmentKind.PNG);
    assertThat(AttachmentCheck.kindOf("invoice.pdf", PDF)).isEqualTo(AttachmentKind.PDF);
    assertThat(
            AttachmentCheck.kindOf(
                "boot.log", "kernel: ok\r\n\tnext ✓".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(AttachmentKind.TEXT);
  }

  @Test
  void aFileWhoseContentIsNotWhatItsNameSaysIsRefused() {
    assertRefused("screen.png", PDF, "file");
    assertRefused("screen.png", PROGRAM, "file");
    assertRefused("notes.txt", PNG, "file");
    assertRefused("notes.txt", "a\u0000b".getBytes(StandardCharsets.UTF_8), "file");
    assertRefused("setup.exe", PROGRAM, "name");
    assertRefused("noextension", PNG, "name");
  }

  @Test
  void emptyAndOversizedFilesAreRefused() {
    assertRefused("empty.txt", new byte[0], "file");
    byte[] big = new byte[AttachmentCheck.MAX_BYTES + 1];
    Arrays.fill(big, (byte) 'a');
    assertThatThrownBy(() -> AttachmentCheck.kindOf("big.txt", big))
        .isInstanceOfSatisfying(
            BrandcloudException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE));
  }

  @Test
  void aNameLosesItsFoldersAndMayHoldNoControlCharacters() {
    assertThat(AttachmentCheck.fileName("C:\\Users\\ada\\boot.log")).isEqualTo("boot.log");
    assertThat(AttachmentCheck.fileName("../../etc/passwd.txt")).isEqualTo("passwd.txt");
    assertThatThrownBy(() -> AttachmentCheck.fileName("a\u0000.txt"))
        .isInstanceOf(BrandcloudException.class);
    assertThatThrownBy(() -> AttachmentCheck.fileName("logs/"))
        .isInstanceOf(BrandcloudException.class);
    assertThatThrownBy(() -> AttachmentCheck.fileName(".htaccess"))
        .isInstanceOf(BrandcloudException.class);
  }

  private static void assertRefused(String name, byte[] content, String field) {
    assertThatThrownBy(() -> AttachmentCheck.kindOf(name, content))
        .isInstanceOfSatisfying(
            BrandcloudException.class, e -> assertThat(e.details()).containsEntry("field", field));
  }
}
