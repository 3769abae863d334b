/**
 * The hourly reconciliation of every tenant's servers with its providers, one partition per tenant;
 * the comparing and correcting is provisioning's.
 */
package io.brandcloud.batch.providers;
