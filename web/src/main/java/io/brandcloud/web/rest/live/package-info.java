/** Tickets to the push socket, for the portal's pages and for API clients alike. */
package io.brandcloud.web.rest.live;
