package io.brandcloud.bench;

import io.brandcloud.tenancy.TenantSchema;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Renewing many subscriptions at once through the real job.
 *
 * <p>Seeds {@code brandcloud_bench_renewals} (tenant schemas through the real migrations, a monthly
 * product at 10.00 and one subscription per organisation whose paid term ends today, each wallet
 * holding 1,000.00, every customer in Germany under a 19 % VAT rule), starts the provisioned
 * WildFly with the EAR, renews through the {@code subscription-renewals} job, then runs it again
 * (which must renew nothing). Prints {@code renewals subscriptions=… per_s=… renewed_once=…}: the
 * last is true when every subscription paid exactly one new term, invoiced paid with its tax, and
 * every wallet equals its ledger.
 */
public final class SubscriptionRenewalsBenchmark {

  private static final String DB = "brandcloud_bench_renewals";
  private static final int PORT_OFFSET = 500;

  private final int tenants = Integer.getInteger("bench.renewals.tenants", 100);
  private final int organisationsPerTenant =
      Integer.getInteger("bench.renewals.organisations", 1000);
  private final PanelHarness panel =
      new PanelHarness(DB, PORT_OFFSET, tenants, 0, organisationsPerTenant);

  private SubscriptionRenewalsBenchmark() {}

  public static void main(String[] args) throws Exception {
    new SubscriptionRenewalsBenchmark().run();
  }

  private void run() throws Exception {
    long seedStarted = System.nanoTime();
    panel.seed();
    seedSubscriptions(panel);
    int subscriptions = tenants * organisationsPerTenant;
    System.out.printf(
        "seeded tenants=%d subscriptions=%d in %d s%n",
        tenants, subscriptions, (System.nanoTime() - seedStarted) / 1_000_000_000);
    panel.settle();
    Process wildfly = panel.startServer();
    try {
      double job = panel.runJob("subscription-renewals", "{}");
      long renewed = panel.countInEveryTenant("ledger_entries", "reference LIKE 'sub:%:term'");
      double rerun = panel.runJob("subscription-renewals", "{}");
      long afterRerun = panel.countInEveryTenant("ledger_entries", "reference LIKE 'sub:%:term'");
      long stillDue = panel.countInEveryTenant("subscriptions", "paid_until <= current_date");
      long invoiced =
          panel.countInEveryTenant(
              "invoices", "kind = 'SUBSCRIPTION' AND status = 'PAID' AND tax_total = 1.90");
      boolean once =
          renewed == subscriptions
              && afterRerun == renewed
              && invoiced == renewed
              && stillDue == 0
              && panel.walletsNotMatchingTheLedger() == 0;
      System.out.printf(
          "renewals subscriptions=%d renewed=%d job_s=%.2f rerun_s=%.2f per_s=%.0f"
              + " renewed_once=%s%n",
          subscriptions, renewed, job, rerun, renewed / job, once);
      if (!once) {
        throw new IllegalStateException(
            "Expected every subscription renewed once: renewed "
                + renewed
                + ", after the re-run "
                + afterRerun
                + ", still due "
                + stillDue
                + ", invoiced with tax "
                + invoiced);
      }
    } finally {
      panel.stopServer(wildfly);
    }
  }

  /**
   * A monthly product at 10.00 in every tenant and a subscription of it for every organisation, its
   * paid term ending today.
   */
  static void seedSubscriptions(PanelHarness panel) throws Exception {
    try (Connection connection = panel.connect(panel.db);
        Statement statement = connection.createStatement()) {
      for (int i = 0; i < panel.tenants; i++) {
        connection.setSchema(TenantSchema.forSlug("bench" + i).name());
        // every renewal is invoiced with its tax, as for a German reseller's German customers
        statement.execute(
            "INSERT INTO tax_rules (country, name, rate_percent) VALUES ('DE', 'VAT', 19)");
        statement.execute("UPDATE organisations SET country = 'DE'");
        statement.execute(
            "INSERT INTO products (kind, name, created_at) VALUES ('SERVICE', 'Managed', now())");
        statement.execute(
            "INSERT INTO product_prices (product_id, cycle, version, amount, valid_from)"
                + " SELECT id, 'MONTHLY', 1, 10, now() FROM products");
        statement.execute(
            "INSERT INTO subscriptions (organisation_id, product_id, price_id, status, anchor,"
                + " term_index, paid_until, order_reference, created_at)"
                + " SELECT o.id, p.product_id, p.id, 'ACTIVE', (current_date - INTERVAL '1 month')::date,"
                + " 0, (current_date - INTERVAL '1 month' + INTERVAL '1 month')::date, 'seed:' || o.id,"
                + " now() FROM organisations o, product_prices p");
      }
      connection.setSchema(TenantSchema.PLATFORM);
    }
  }
}
