package se.processkarta;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import se.processkarta.model.SwedishTime;

/** The one source of time, in Sweden's zone, so that tests can freeze it. */
@Factory
class ClockFactory {

  @Singleton
  Clock clock() {
    return SwedishTime.systemClock();
  }
}
