/**
 * What resellers sell: plans that wrap a provider's plan with the reseller's markup, and the
 * pricing rule.
 */
package io.brandcloud.catalog.domain;
