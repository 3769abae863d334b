/**
 * The screening tables: {@code fraud_rules}, {@code fraud_policy}, {@code fraud_checks}, {@code
 * fraud_signals}, {@code fraud_blocks}.
 */
package io.brandcloud.fraud.infrastructure;
