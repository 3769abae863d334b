package io.brandcloud.web.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentVersionTest {

  @Test
  void theSameContentHasTheSameNameAndAnyChangeAnother() {
    byte[] css = "body { color: #212529; }".getBytes(StandardCharsets.UTF_8);
    String name = new ContentVersion().add(css).name();

    assertThat(name).matches("[0-9a-f]{12}");
    assertThat(new ContentVersion().add(new ByteArrayInputStream(css)).name()).isEqualTo(name);
    assertThat(
            new ContentVersion()
                .add("body { color: #000; }".getBytes(StandardCharsets.UTF_8))
                .name())
        .isNotEqualTo(name);
    assertThat(new ContentVersion().add(css).add((java.io.InputStream) null).name())
        .as("a missing file adds nothing")
        .isEqualTo(name);
  }
}
