package io.brandcloud.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void refusesControlCharactersInOneLine() {
    for (String text : new String[] {"a\u0000b", "\u0001", "tab\there", "line\nbreak", "\u007f"}) {
      assertThat(PlainText.forbiddenInLine(text)).as(text).isPresent();
    }
    assertThat(PlainText.forbiddenInLine("x\u0085y")).hasValue(0x85);
  }

  @Test
  void allowsLineBreaksAndTabsOnlyInMultiLineText() {
    assertThat(PlainText.forbiddenInLines("Main Street 1\r\n10115\tBerlin")).isEmpty();
    assertThat(PlainText.forbiddenInLines("Main Street 1\u0000")).hasValue(0);
    assertThat(PlainText.forbiddenInLines("\u000b")).hasValue(0x0b);
  }

  @Test
  void refusesLoneSurrogatesAndNoncharacters() {
    assertThat(PlainText.forbiddenInLine("a\ud800")).hasValue(0xd800);
    assertThat(PlainText.forbiddenInLine("\udc00a")).hasValue(0xdc00);
    assertThat(PlainText.forbiddenInLine("\uffff")).hasValue(0xffff);
    assertThat(PlainText.forbiddenInLine(new String(Character.toChars(0x1fffe)))).hasValue(0x1fffe);
  }

  @Test
  void keepsWhatIsRealText() {
    for (String text :
        new String[] {"Zoë Müller", "東京", "emoji \ud83d\ude00", "\u202eevil", "zero\u200bwidth"}) {
      assertThat(PlainText.forbiddenInLine(text)).as(text).isEqualTo(OptionalInt.empty());
    }
  }

  @Test
  void describesCodePointsTheUnicodeWay() {
    assertThat(PlainText.describe(0)).isEqualTo("U+0000");
    assertThat(PlainText.describe(0x1f600)).isEqualTo("U+1F600");
  }

  @Test
  void escapingKeepsAttemptsVisible() {
    assertThat(PlainText.escapeForbidden("a\u0000b@x.com", false)).isEqualTo("a[U+0000]b@x.com");
    assertThat(PlainText.escapeForbidden("x\ud800\ud83d\ude00", false))
        .isEqualTo("x[U+D800]\ud83d\ude00");
    assertThat(PlainText.escapeForbidden("two\nlines", true)).isEqualTo("two\nlines");
    assertThat(PlainText.escapeForbidden("two\nlines", false)).isEqualTo("two[U+000A]lines");
  }

  @Test
  void cuttingToAColumnNeverSplitsASurrogatePair() {
    assertThat(PlainText.cut("abcdef", 4)).isEqualTo("abcd");
    assertThat(PlainText.cut("ab", 4)).isEqualTo("ab");
    assertThat(PlainText.cut(null, 4)).isNull();
    assertThat(PlainText.cut("abc\ud83d\ude00", 4)).isEqualTo("abc");
  }
}
