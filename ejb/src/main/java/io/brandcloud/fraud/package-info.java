/**
 * Fraud screening: sign-ups and orders are scored against the rules the tenant switched on and
 * weighed (a disposable mail domain, many checks from one network, a large first order, the block
 * list); a check is allowed, held for staff to review (what it holds waits), or refused with a
 * neutral message. Low in the areas: callers hand it the facts it cannot read itself, and a
 * decision reaches the areas that wait on it as an event.
 */
package io.brandcloud.fraud;
