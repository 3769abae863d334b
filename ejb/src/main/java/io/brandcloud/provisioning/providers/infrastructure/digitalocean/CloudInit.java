package io.brandcloud.provisioning.providers.infrastructure.digitalocean;

/**
 * The cloud-config that gives a new droplet our root password and lets root log in with it, so the
 * customer gets the password shown once in the portal instead of DigitalOcean mailing one to the
 * reseller.
 */
final class CloudInit {

  private CloudInit() {}

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
