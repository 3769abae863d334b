package io.brandcloud.web.rest.billing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvFieldTest {

  @Test
  void quotesEveryFieldAndDoublesQuotes() {
    assertThat(BillingResource.csvField("Top-up, thanks")).isEqualTo("\"Top-up, thanks\"");
    assertThat(BillingResource.csvField("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
  }

  @Test
  void defusesWhatASpreadsheetWouldRunAsAFormula() {
    assertThat(BillingResource.csvField("=HYPERLINK(\"x\")")).startsWith("\"'=");
    assertThat(BillingResource.csvField("-1+1")).isEqualTo("\"'-1+1\"");
    assertThat(BillingResource.csvField("@SUM(A1)")).startsWith("\"'@");
    assertThat(BillingResource.csvField("")).isEqualTo("\"\"");
  }
}
