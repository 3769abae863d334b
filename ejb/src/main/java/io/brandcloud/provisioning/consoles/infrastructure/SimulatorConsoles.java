package io.brandcloud.provisioning.consoles.infrastructure;

import io.brandcloud.provisioning.consoles.domain.ConsoleAccess;
import io.brandcloud.provisioning.consoles.domain.ConsoleBridge;
import io.brandcloud.provisioning.consoles.domain.ConsoleScreen;
import io.brandcloud.provisioning.consoles.domain.ConsoleStream;
import io.brandcloud.shared.ApplicationClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Opens the simulator's terminal ({@link SimulatedTerminal}) for a console the simulator gave. */
@ApplicationScoped
public class SimulatorConsoles implements ConsoleBridge {

  @Inject ApplicationClock clock;

  @Override
  public ConsoleAccess.Kind kind() {
    return ConsoleAccess.Kind.TERMINAL;
  }

  @Override
  public ConsoleStream attach(ConsoleAccess access, String hostname, ConsoleScreen screen) {
    SimulatedTerminal terminal = new SimulatedTerminal(hostname, clock.clock(), screen);
    terminal.greet();
    return terminal;
  }
}
