/**
 * The nightly {@code retention} job: each tenant partition deletes what its retention policy no
 * longer keeps and counts it in the tenant's audit log.
 */
package io.brandcloud.batch.retention;
