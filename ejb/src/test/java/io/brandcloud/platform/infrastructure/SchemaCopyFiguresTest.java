package io.brandcloud.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.platform.infrastructure.SchemaCopy.Figures;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaCopyFiguresTest {

  private static Figures figures(long ledgerRows, String walletOneSum) {
    Map<String, Long> rows = new LinkedHashMap<>();
    rows.put("ledger_entries", ledgerRows);
    rows.put("wallets", 2L);
    Map<Long, String> ledger = new LinkedHashMap<>();
    ledger.put(1L, walletOneSum);
    ledger.put(2L, "0");
    return new Figures(rows, ledger);
  }

  @Test
  void equalFiguresHaveNoDifferencesAndTheSameText() {
    assertThat(figures(3, "12.5").differences(figures(3, "12.5"))).isEmpty();
    assertThat(figures(3, "12.5").toText()).isEqualTo(figures(3, "12.5").toText());
    assertThat(figures(3, "12.5").rows()).isEqualTo(5);
  }

  @Test
  void aMissingRowIsNamedWithItsTable() {
    assertThat(figures(3, "12.5").differences(figures(2, "12.5")))
        .isEqualTo("ledger_entries has 3 rows here and 2 there");
  }

  @Test
  void aLedgerThatSumsDifferentlyIsADifferenceEvenWithEqualRows() {
    assertThat(figures(3, "12.5").differences(figures(3, "12.4")))
        .isEqualTo("the ledger sums per wallet differ");
    assertThat(figures(3, "12.5").toText()).isNotEqualTo(figures(3, "12.4").toText());
  }

  @Test
  void theTextNamesEveryTableAndWallet() {
    assertThat(figures(3, "12.5").toText()).isEqualTo("ledger_entries=3,wallets=2;1=12.5,2=0");
  }
}
