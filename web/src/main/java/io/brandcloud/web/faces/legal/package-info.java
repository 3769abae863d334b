/** The legal pages: read by visitors, accepted at sign-up and order, published by staff. */
package io.brandcloud.web.faces.legal;
