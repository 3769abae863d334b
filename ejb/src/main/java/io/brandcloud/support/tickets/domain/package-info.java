/**
 * The support desk: tickets an organisation opens with the reseller, the messages written on them
 * (replies both sides see, staff notes only staff do), departments, canned replies, and the rules
 * of a ticket's status. Reads of other areas (people, servers) are the narrow interfaces declared
 * here.
 */
package io.brandcloud.support.tickets.domain;
