package io.brandcloud.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DefaultTemplatesTest {

  @Test
  void everyMessageHasItsOwnGermanWordingThatCompiles() {
    for (MessageType type : MessageType.values()) {
      DefaultTemplates.Text english = DefaultTemplates.text(type, Locale.ENGLISH);
      DefaultTemplates.Text german = DefaultTemplates.text(type, Locale.GERMAN);

      assertThat(german.body()).as(type.key()).isNotEqualTo(english.body());
      assertThat(DefaultTemplates.compiled(type, Locale.GERMAN)).as(type.key()).isNotNull();
    }
  }
}
