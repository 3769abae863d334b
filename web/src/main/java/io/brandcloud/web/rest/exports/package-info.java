/** Exported tables prepared in the background, over REST for staff. */
package io.brandcloud.web.rest.exports;
