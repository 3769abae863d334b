package io.brandcloud.web.rest.support;

import io.brandcloud.support.tickets.application.ContactForm;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The contact form for a shop's own website: anyone writes to its support without an account (as on
 * the storefront's contact page) and hears by e-mail. Limited as the page is.
 */
@Path("/v1/contact")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

  @EJB ContactForm contactForm;
  @Inject TenantApi api;

  /** What the caller should expect. */
  public record Received(String status, String message) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response write(ContactForm.ContactMessage body) {
    api.tenant();
    ContactForm.ContactMessage message = RequestBodies.require(body);
    contactForm.write(message);
    return Response.accepted(
            new Received(
                "received",
                "Your message reached support; a confirmation and the answer go to "
                    + message.email().strip()))
        .build();
  }
}
