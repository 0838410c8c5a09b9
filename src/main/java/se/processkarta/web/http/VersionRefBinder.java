package se.processkarta.web.http;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;
import java.util.Optional;
import se.processkarta.model.VersionRef;
import se.processkarta.reads.ModelReads;

/**
 * Binds a controller's {@link VersionRef} argument from {@code ?version=N} or {@code
 * ?asOf=YYYY-MM-DD}, checked once against the versions the graph keeps: a bad, unknown, future or
 * doubled value is an {@code InvalidInputException}, which the problem handler answers as 400
 * naming the parameter. Methods that take one document the two parameters with {@link
 * VersionParameters}.
 */
@Singleton
public class VersionRefBinder implements TypedRequestArgumentBinder<VersionRef> {

  public static final String VERSION = "version";
  public static final String AS_OF = "asOf";

  private final ModelReads reads;

  VersionRefBinder(ModelReads reads) {
    this.reads = reads;
  }

  @Override
  public Argument<VersionRef> argumentType() {
    return Argument.of(VersionRef.class);
  }

  @Override
  public BindingResult<VersionRef> bind(
      ArgumentConversionContext<VersionRef> context, HttpRequest<?> source) {
    VersionRef at =
        reads.resolve(source.getParameters().get(VERSION), source.getParameters().get(AS_OF));
    return () -> Optional.of(at);
  }
}
