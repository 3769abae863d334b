package io.brandcloud.provisioning.providers.infrastructure.digitalocean;

/**
 * The cloud-config that gives a new droplet our root password and lets root log in with it, so the
 * customer gets the password shown once in the portal instead of DigitalOcean mailing one to the
 * reseller.
 */
final class CloudInit {

  static final String BOUNDARY = "brandcloud-user-data-boundary";

  private CloudInit() {}

  /**
   * Our root-password cloud-config, and the customer's user data after it where they gave some:
   * both parts of one MIME multipart message, which cloud-init reads part by part.
   */
  static String withUserData(String rootPassword, String userData) {
    String ours = rootPassword(rootPassword);
    if (userData == null) {
      return ours;
    }
    if (userData.contains(BOUNDARY)) {
      throw new IllegalArgumentException("User data holds the multipart boundary");
    }
    return "Content-Type: multipart/mixed; boundary=\""
        + BOUNDARY
        + "\"\nMIME-Version: 1.0\n\n--"
        + BOUNDARY
        + "\nContent-Type: text/cloud-config; charset=\"utf-8\"\n\n"
        + ours
        + "\n--"
        + BOUNDARY
        + "\nContent-Type: "
        + contentType(userData)
        + "; charset=\"utf-8\"\n\n"
        + userData
        + "\n--"
        + BOUNDARY
        + "--\n";
  }

  /** A script or a cloud-config, as its first line says. */
  private static String contentType(String userData) {
    return userData.startsWith("#!") ? "text/x-shellscript" : "text/cloud-config";
  }

  static String rootPassword(String rootPassword) {
    if (!rootPassword.matches("[A-Za-z0-9-]+")) {
      throw new IllegalArgumentException("Root passwords are letters, digits and hyphens");
    }
    return "#cloud-config\n"
        + "chpasswd:\n"
        + "  expire: false\n"
        + "  users:\n"
        + "    - name: root\n"
        + "      password: "
        + rootPassword
        + "\n"
        + "      type: text\n"
        + "ssh_pwauth: true\n";
  }
}
