/**
 * Splitting a job into one partition per tenant. Each partition receives its tenant id as a
 * property and rebuilds the tenant context from it before any work, so partitions run in parallel
 * without sharing a tenant.
 */
package io.brandcloud.batch.partition;
