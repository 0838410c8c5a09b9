package se.processkarta;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import se.processkarta.model.SwedishTime;

/**
 * For tests that run the service at a chosen moment: the clock stands still at {@code
 * processkarta.test.swedish-time} (a Swedish local date-time), made in the zone {@code
 * processkarta.test.clock-zone} (the host's zone, as a clock from another host would be).
 */
@Factory
@Requires(property = "processkarta.test.swedish-time")
class FixedClockFactory {

  @Singleton
  @Replaces(value = Clock.class, factory = ClockFactory.class)
  Clock clock(
      @Value("${processkarta.test.swedish-time}") String local,
      @Value("${processkarta.test.clock-zone:UTC}") String zone) {
    return Clock.fixed(
        LocalDateTime.parse(local).atZone(SwedishTime.ZONE).toInstant(), ZoneId.of(zone));
  }
}
