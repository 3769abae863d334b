package io.brandcloud.privacy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The address an erasure looks for is found as a whole, never inside another; PostgreSQL reads the
 * same pattern (groups, classes, a non-capturing group) as Java does.
 */
class ErasurePatternsTest {

  @Test
  void anAddressIsFoundAsAWholeOnly() {
    Pattern ann =
        Pattern.compile(
            SqlPersonalDataEraser.addressPattern("Ann@X.test"), Pattern.CASE_INSENSITIVE);
    assertThat(ann.matcher("ann@x.test").find()).isTrue();
    assertThat(ann.matcher("Mail to <ANN@x.test>, thanks").find()).isTrue();
    assertThat(ann.matcher("user ann@x.test.").find()).isTrue();
    assertThat(ann.matcher("joann@x.test").find()).isFalse();
    assertThat(ann.matcher("ann@x.testing").find()).isFalse();
    assertThat(ann.matcher("ann@x.test.example").find()).as("another domain").isFalse();
    assertThat(ann.matcher("ann@xxtest").find()).as("the dot is a dot").isFalse();
  }

  @Test
  void wildcardsInAnAddressAreThemselves() {
    Pattern odd = Pattern.compile(SqlPersonalDataEraser.addressPattern("a+b_(c)@x.test"));
    assertThat(odd.matcher("a+b_(c)@x.test").find()).isTrue();
    assertThat(odd.matcher("aab_(c)@x.test").find()).isFalse();
  }

  @Test
  void aNameIsLookedForAsWholeWords() {
    assertThat(SqlPersonalDataEraser.namePattern(" Ann (Smith) "))
        .isEqualTo("\\mAnn \\(Smith\\)\\M");
  }
}
