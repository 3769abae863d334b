/**
 * Money owed and paid: wallets, the append-only ledger that explains every balance, hourly usage
 * charges, invoices, credit notes and taxes, and the repository interfaces services store them
 * through. The calculators here are pure (no database), so the rules are unit-tested on their own.
 */
package io.brandcloud.billing.domain;
