/** Copies of a person's data: asked for and listed by the person, and by staff for a customer. */
package io.brandcloud.web.rest.privacy;
