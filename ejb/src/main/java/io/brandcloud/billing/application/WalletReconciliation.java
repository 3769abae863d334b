package io.brandcloud.billing.application;

import io.brandcloud.billing.domain.LedgerDrift;
import io.brandcloud.billing.domain.WalletLedger;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Proves the ledger is the truth: every wallet's balance must equal the sum of its ledger rows. One
 * set-based query per tenant; any wallet it returns is drift to report, never something to "fix"
 * silently.
 */
@Stateless
public class WalletReconciliation {

  @Inject WalletLedger ledger;

  public List<LedgerDrift> drift() {
    return ledger.drift();
  }
}
