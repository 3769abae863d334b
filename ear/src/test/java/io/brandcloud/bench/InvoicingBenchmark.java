package io.brandcloud.bench;

import io.brandcloud.tenancy.TenantSchema;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Month-end invoicing for many organisations through the real job.
 *
 * <p>Seeds {@code brandcloud_bench_invoicing} (tenant schemas through the real migrations, one
 * running server per organisation with 24 charged hours in January 2030, a 19 % VAT rule and every
 * organisation billed in Germany, so each invoice has a line, a tax and a tax ledger row), starts
 * the provisioned WildFly with the EAR, invoices January 2030 through the {@code invoicing} job,
 * then runs it again (which must issue nothing). Prints {@code invoicing organisations=…
 * invoices_per_s=…}; PDFs are rendered on download, not here.
 */
public final class InvoicingBenchmark {

  private static final String DB = "brandcloud_bench_invoicing";
  private static final int PORT_OFFSET = 400;
  private static final int HOURS = 24;

  private final int tenants = Integer.getInteger("bench.invoicing.tenants", 100);
  private final int organisationsPerTenant =
      Integer.getInteger("bench.invoicing.organisations", 1000);
  private final PanelHarness panel =
      new PanelHarness(DB, PORT_OFFSET, tenants, organisationsPerTenant, organisationsPerTenant);

  private InvoicingBenchmark() {}

  public static void main(String[] args) throws Exception {
    new InvoicingBenchmark().run();
  }

  private void run() throws Exception {
    long seedStarted = System.nanoTime();
    panel.seed();
    seedUsageAndTax();
    int organisations = tenants * organisationsPerTenant;
    System.out.printf(
        "seeded tenants=%d organisations=%d usage_rows=%d in %d s%n",
        tenants,
        organisations,
        (long) organisations * HOURS,
        (System.nanoTime() - seedStarted) / 1_000_000_000);
    Process wildfly = panel.startServer();
    try {
      double job = panel.runJob("invoicing", "{\"month\":\"2030-01\"}");
      long invoices = panel.countInEveryTenant("invoices", "period_start = '2030-01-01'");
      long taxed = panel.countInEveryTenant("ledger_entries", "type = 'TAX'");
      if (invoices != organisations || taxed != organisations) {
        throw new IllegalStateException(
            "Expected "
                + organisations
                + " invoices and tax rows, found "
                + invoices
                + "/"
                + taxed);
      }
      double rerun = panel.runJob("invoicing", "{\"month\":\"2030-01\"}");
      long afterRerun = panel.countInEveryTenant("invoices", "TRUE");
      if (afterRerun != invoices || panel.walletsNotMatchingTheLedger() != 0) {
        throw new IllegalStateException("The re-run changed something");
      }
      System.out.printf(
          "invoicing organisations=%d invoices=%d job_s=%.2f rerun_s=%.2f invoices_per_s=%.0f%n",
          organisations, invoices, job, rerun, invoices / job);
    } finally {
      panel.stopServer(wildfly);
    }
  }

  private void seedUsageAndTax() throws Exception {
    try (Connection connection = panel.connect(DB);
        Statement statement = connection.createStatement()) {
      for (int i = 0; i < tenants; i++) {
        connection.setSchema(TenantSchema.forSlug("bench" + i).name());
        statement.execute(
            "INSERT INTO usage_charges (server_id, wallet_id, period_start, amount, created_at)"
                + " SELECT s.id, w.id, TIMESTAMPTZ '2030-01-02 00:00Z' + h * INTERVAL '1 hour',"
                + " s.hourly_price, now() FROM servers s"
                + " JOIN wallets w ON w.organisation_id = s.organisation_id,"
                + " generate_series(0, "
                + (HOURS - 1)
                + ") h");
        statement.execute(
            "INSERT INTO tax_rules (country, name, rate_percent) VALUES ('DE', 'VAT', 19)");
        statement.execute(
            "UPDATE organisations SET country = 'DE', billing_address = 'Hauptstrasse ' || id");
      }
      connection.setSchema(TenantSchema.PLATFORM);
    }
  }
}
