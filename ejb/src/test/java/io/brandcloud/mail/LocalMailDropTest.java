package io.brandcloud.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without SMTP, a mail is a file as its recipient would get it: links and codes included. */
class LocalMailDropTest {

  @TempDir Path drop;

  @Test
  void theRecipientsCopyIsWrittenAsAMailFile() throws Exception {
    OutgoingMail mail =
        new OutgoingMail(
            "new@acme.test",
            "Acme Cloud: confirm your e-mail address",
            "Your code: " + MessageType.HIDDEN + "\n",
            null,
            new RenderedMessage(
                "Acme Cloud: confirm your e-mail address", "Your code: 493817\nÜber uns\n"));

    LocalMailDrop.write(drop.resolve("acme"), mail);

    List<Path> files;
    try (Stream<Path> listed = Files.list(drop.resolve("acme"))) {
      files = listed.toList();
    }
    assertThat(files)
        .singleElement()
        .satisfies(f -> assertThat(f.toString()).endsWith("-new@acme.test.eml"));
    String text = Files.readString(files.get(0), StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("To: new@acme.test\r\nSubject: Acme Cloud: confirm your e-mail address\r\n")
        .contains("Content-Type: text/plain; charset=UTF-8")
        .endsWith("\r\n\r\nYour code: 493817\nÜber uns\n")
        .doesNotContain(MessageType.HIDDEN);
  }
}
