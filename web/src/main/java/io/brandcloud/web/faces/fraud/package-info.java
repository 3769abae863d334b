/** The fraud review page: the queue of held checks, the block list and the screening rules. */
package io.brandcloud.web.faces.fraud;
