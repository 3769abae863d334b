/**
 * Subscriptions to the catalog's products: prepaid terms counted from an anchor day, what part of a
 * term is paid for when it ends early, and the subscription's life.
 */
package io.brandcloud.subscriptions.domain;
