/** The job that renews subscriptions whose paid time is over, a partition per tenant. */
package io.brandcloud.batch.subscriptions;
