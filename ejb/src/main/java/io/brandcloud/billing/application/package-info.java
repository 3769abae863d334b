/**
 * Billing use cases: open and credit wallets, charge running servers by the hour, issue monthly
 * invoices, and print them (invoices, credit notes and statements as PDFs in the tenant's brand). A
 * balance changes only in the same transaction as the ledger row that explains it.
 */
package io.brandcloud.billing.application;
