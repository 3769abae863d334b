/** The legal pages over the API: read by anyone, accepted by a user, published by staff. */
package io.brandcloud.web.rest.legal;
