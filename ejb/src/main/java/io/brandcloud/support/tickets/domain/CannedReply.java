package io.brandcloud.support.tickets.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An answer staff give often, picked into the reply box and edited before it is sent. */
@Entity
@Table(name = "support_canned_replies")
public class CannedReply {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected CannedReply() {}

  public CannedReply(String title, String body, Instant now) {
    this.title = title;
    this.body = body;
    this.createdAt = now;
  }

  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }
}
