/**
 * When jobs run: timers on every node, a lease row in the platform schema so each period starts
 * once per cluster, and JBeret's JDBC repository so executions outlive a restart.
 */
package io.brandcloud.batch.scheduling;
