package io.brandcloud.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidationTest {

  @Test
  void aPasswordNeedsTheMinimumLength() {
    assertThatThrownBy(() -> Validation.requirePassword("password", "short"))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("10 to 200");
    assertThat(Validation.requirePassword("password", "long enough pass"))
        .isEqualTo("long enough pass");
  }

  @Test
  void oneRepeatedCharacterIsNoPassword() {
    assertThatThrownBy(() -> Validation.requirePassword("password", "aaaaaaaaaaaa"))
        .isInstanceOf(BrandcloudException.class);
  }

  @Test
  void emailAddressesAreLowerCasedAndChecked() {
    assertThat(Validation.requireEmail("email", " Someone@Example.COM "))
        .isEqualTo("someone@example.com");
    assertThatThrownBy(() -> Validation.requireEmail("email", "not-an-address"))
        .isInstanceOf(BrandcloudException.class);
  }

  @Test
  void anEmailAddressIsABareMailboxAndNeverMarkup() {
    assertThat(Validation.requireEmail("email", "o'brien+panel@mail.example.com"))
        .isEqualTo("o'brien+panel@mail.example.com");
    for (String bad :
        new String[] {
          "\"><script>alert(1)</script>@x.example",
          "\"quoted\"@x.example",
          "Someone <someone@x.example>",
          "a@b",
          "a..b@x.example",
          ".a@x.example",
          "a@-x.example",
          "a@x_y.example",
          "a b@x.example"
        }) {
      assertThatThrownBy(() -> Validation.requireEmail("email", bad))
          .as(bad)
          .isInstanceOf(BrandcloudException.class);
    }
  }

  @Test
  void textWithControlCharactersIsRefusedNotCleaned() {
    assertThatThrownBy(() -> Validation.requireText("name", "Ann\u0000", 50))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("U+0000");
    assertThatThrownBy(() -> Validation.optionalText("name", "\u001f", 50))
        .as("a control character that strip() would remove is still refused")
        .isInstanceOf(BrandcloudException.class);
    assertThatThrownBy(() -> Validation.requireEmail("email", "a\u0000@example.com"))
        .isInstanceOf(BrandcloudException.class);
    assertThatThrownBy(() -> Validation.optionalText("name", "two\nlines", 50))
        .isInstanceOf(BrandcloudException.class);
  }

  @Test
  void multiLineTextKeepsItsLineBreaks() {
    assertThat(Validation.optionalLines("address", "Main Street 1\n10115 Berlin", 500))
        .isEqualTo("Main Street 1\n10115 Berlin");
    assertThat(Validation.optionalLines("address", " ", 500)).isNull();
    assertThatThrownBy(() -> Validation.optionalLines("address", "Main\u0000", 500))
        .isInstanceOf(BrandcloudException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"-5", "0", "0.001", "1E-30", "12.345", "1000000000.01", "9223372036854775808"})
  void anAmountThatIsNotAPositiveNumberOfCentsUpToTheMaximumIsRefused(String amount) {
    assertThatThrownBy(
            () ->
                Validation.requireAmount(
                    "amount", new BigDecimal(amount), Currency.getInstance("EUR")))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("with up to 2 decimals");
  }

  @Test
  void anAmountIsKeptAsItWasTyped() {
    Currency eur = Currency.getInstance("EUR");
    assertThat(Validation.requireAmount("amount", new BigDecimal("12.50"), eur))
        .isEqualByComparingTo("12.5");
    assertThat(Validation.requireAmount("amount", new BigDecimal("1.000"), eur))
        .isEqualByComparingTo("1");
    assertThat(Validation.requireAmount("amount", Validation.MAX_AMOUNT, eur))
        .isEqualByComparingTo(Validation.MAX_AMOUNT);
    assertThatThrownBy(
            () ->
                Validation.requireAmount(
                    "amount", new BigDecimal("1.5"), Currency.getInstance("JPY")))
        .hasMessageContaining("a whole number");
  }

  @Test
  void anApiAddressIsKeptWithoutItsTrailingSlash() {
    assertThat(Validation.requireHttpAddress("apiUrl", "https://panel.example.com/", "x"))
        .isEqualTo("https://panel.example.com");
    assertThat(Validation.requireHttpAddress("apiUrl", "HTTP://127.0.0.1:8080/api", "x"))
        .isEqualTo("HTTP://127.0.0.1:8080/api");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://panel.example.com",
        "panel.example.com",
        "https://user:secret@panel.example.com",
        "https://panel.example.com/?token=1",
        "https://panel.example.com/#top",
        "https:///no-host",
        "https://panel example.com"
      })
  void anApiAddressThatIsNotAPlainHttpAddressIsRefused(String address) {
    assertThatThrownBy(
            () -> Validation.requireHttpAddress("apiUrl", address, "https://api.example.com"))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageStartingWith("apiUrl is ");
  }
}
