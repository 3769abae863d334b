package io.brandcloud.platform.infrastructure;

import io.brandcloud.platform.domain.TxtRecords;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

/**
 * TXT records through the JDK's own DNS client (JNDI): the system's resolvers, or the server {@code
 * BRANDCLOUD_DNS_SERVER} names ({@code host:port}, for tests and for operators whose servers should
 * ask their own DNS). A second at first and two retries keep a look-up from holding a page for long
 * when DNS is slow.
 */
@ApplicationScoped
public class JndiTxtRecords implements TxtRecords {

  static final String SERVER = "BRANDCLOUD_DNS_SERVER";

  private final String provider = provider();

  @Override
  public List<String> of(String name) {
    Hashtable<String, String> environment = new Hashtable<>();
    environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.dns.DnsContextFactory");
    environment.put(Context.PROVIDER_URL, provider);
    environment.put("com.sun.jndi.dns.timeout.initial", "1000");
    environment.put("com.sun.jndi.dns.timeout.retries", "2");
    DirContext dns = null;
    try {
      dns = new InitialDirContext(environment);
      Attribute records = dns.getAttributes(name, new String[] {"TXT"}).get("TXT");
      List<String> texts = new ArrayList<>();
      if (records != null) {
        NamingEnumeration<?> values = records.getAll();
        while (values.hasMore()) {
          texts.add(unquoted(String.valueOf(values.next())));
        }
      }
      return texts;
    } catch (NameNotFoundException e) {
      return List.of();
    } catch (NamingException e) {
      throw new Unanswered(name, e);
    } finally {
      close(dns);
    }
  }

  /** A text with spaces comes quoted from the JDK's client; one without does not. */
  static String unquoted(String text) {
    return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
        ? text.substring(1, text.length() - 1)
        : text;
  }

  private static String provider() {
    String server = System.getenv().getOrDefault(SERVER, "").strip();
    return server.isEmpty() ? "dns:" : "dns://" + server;
  }

  private static void close(DirContext dns) {
    if (dns != null) {
      try {
        dns.close();
      } catch (NamingException e) {
        // nothing held open is left to release
      }
    }
  }
}
