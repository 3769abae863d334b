/**
 * The {@code hourly-charging} job: each tenant partition charges its running servers up to the
 * job's hour.
 */
package io.brandcloud.batch.charging;
