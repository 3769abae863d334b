/** Fraud screening for staff: the review queue, the block list and the rules. */
package io.brandcloud.web.rest.fraud;
