package se.processkarta;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one source of time, so that tests can freeze it. */
@Factory
class ClockFactory {

  @Singleton
  Clock clock() {
    return Clock.systemDefaultZone();
  }
}
