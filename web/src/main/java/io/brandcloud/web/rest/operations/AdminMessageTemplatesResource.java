package io.brandcloud.web.rest.operations;

import io.brandcloud.mail.MessageTemplateView;
import io.brandcloud.mail.MessageTemplates;
import io.brandcloud.mail.MessageType;
import io.brandcloud.mail.RenderedMessage;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The wording of the tenant's mail, one Mustache template per message type. */
@Path("/v1/admin/message-templates")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminMessageTemplatesResource {

  @EJB MessageTemplates templates;
  @Inject TenantApi api;

  /** A template's subject and body on the wire; a preview may leave either out. */
  public record ApiTemplate(String subject, String body) {}

  @GET
  public List<MessageTemplateView> list() {
    api.staff();
    return templates.all();
  }

  @GET
  @Path("{type}")
  public MessageTemplateView one(@PathParam("type") String type) {
    api.staff();
    return templates.one(MessageType.ofKey(type));
  }

  @PUT
  @Path("{type}")
  @Consumes(MediaType.APPLICATION_JSON)
  public MessageTemplateView change(@PathParam("type") String type, ApiTemplate body) {
    api.staff();
    MessageType messageType = MessageType.ofKey(type);
    ApiTemplate request = RequestBodies.require(body);
    return templates.change(messageType, request.subject(), request.body());
  }

  /** Back to Brandcloud's own wording. */
  @DELETE
  @Path("{type}")
  public MessageTemplateView reset(@PathParam("type") String type) {
    api.staff();
    return templates.reset(MessageType.ofKey(type));
  }

  /**
   * Renders the body's subject and body, or the saved ones where it leaves them out ({@code {}}).
   */
  @POST
  @Path("{type}/preview")
  @Consumes(MediaType.APPLICATION_JSON)
  public RenderedMessage preview(@PathParam("type") String type, ApiTemplate body) {
    api.staff();
    MessageType messageType = MessageType.ofKey(type);
    ApiTemplate request = RequestBodies.require(body);
    return templates.preview(messageType, request.subject(), request.body());
  }
}
