/** Ordering, renewing, changing and cancelling subscriptions, paid from the prepaid wallet. */
package io.brandcloud.subscriptions.application;
