/**
 * The nightly {@code reconciliation} job: each tenant partition checks every wallet against its
 * ledger.
 */
package io.brandcloud.batch.reconciliation;
