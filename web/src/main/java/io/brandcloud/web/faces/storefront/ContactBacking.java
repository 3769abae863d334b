package io.brandcloud.web.faces.storefront;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.support.tickets.application.ContactForm;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.jboss.logging.Logger;

/**
 * The storefront's contact page: a visitor writes to the shop's support without an account. A
 * message with the hidden field filled in came from a script: it is thanked like any other and
 * opens nothing, so the script learns nothing to get round it.
 */
@Named
@ViewScoped
public class ContactBacking implements Serializable {

  private static final Logger LOG = Logger.getLogger(ContactBacking.class);

  @EJB ContactForm contactForm;
  @Inject Texts texts;

  private boolean open;
  private boolean sent;
  private String name;
  private String email;
  private String subject;
  private String body;
  private String website;

  @PostConstruct
  void load() {
    open = contactForm.open();
  }

  public void send() {
    if (website != null && !website.isEmpty()) {
      LOG.info("A contact message with the hidden field filled in was dropped");
      sent = true;
      return;
    }
    try {
      contactForm.write(
          new ContactForm.ContactMessage(
              name,
              email,
              subject,
              body,
              FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage()));
      sent = true;
    } catch (BrandcloudException e) {
      if (e.code() == ErrorCode.CONTACT_LIMITED) {
        FacesActions.error(texts.get("public.contact.tooMany"));
      } else {
        FacesActions.error(e);
      }
    }
  }

  public boolean isOpen() {
    return open;
  }

  public boolean isSent() {
    return sent;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }
}
