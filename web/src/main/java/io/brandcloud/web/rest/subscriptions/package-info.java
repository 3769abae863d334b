/** An organisation's subscriptions over the tenant API: order, change, cancel, renew or not. */
package io.brandcloud.web.rest.subscriptions;
