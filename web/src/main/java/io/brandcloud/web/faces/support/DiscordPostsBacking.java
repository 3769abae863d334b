package io.brandcloud.web.faces.support;

import io.brandcloud.support.discord.application.SupportDiscord;
import io.brandcloud.support.discord.domain.DiscordPost;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.PagedModel;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The tickets posted to the tenant's Discord channel, newest first; a failed post tried again. */
@Named
@ViewScoped
public class DiscordPostsBacking implements Serializable {

  /** Followed by a post's status in lower case. */
  public static final String STATUS_TEXTS = "admin.discord.status.";

  @EJB SupportDiscord discord;
  @Inject Texts texts;

  private PagedModel<DiscordPost> posts;

  @PostConstruct
  void load() {
    posts = new PagedModel<>(discord::posts, p -> Long.toString(p.id()));
  }

  public void retry(long postId) {
    FacesActions.attempt(() -> discord.retryPost(postId), texts.get("admin.discord.retried"));
  }

  /** A post's status in the reader's words; every status has one (TextsTest). */
  public String status(DiscordPost post) {
    return texts.get(STATUS_TEXTS + post.status());
  }

  public PagedModel<DiscordPost> getPosts() {
    return posts;
  }
}
