/**
 * What the panel counts for Prometheus: business events per tenant, counted only once their
 * transaction committed, and per-tenant figures read from every schema every half minute. The
 * registry is the server's (WildFly's Micrometer subsystem); its Prometheus endpoint serves them.
 */
package io.brandcloud.metrics;
