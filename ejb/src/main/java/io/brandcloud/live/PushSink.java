package io.brandcloud.live;

/** Where one socket's notices go: it must not block, since it is called on the notices' thread. */
@FunctionalInterface
public interface PushSink {

  void push(String notice);
}
