package se.processkarta.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.HttpMethodMapping;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Proves that the hostile suite grows by itself: every HTTP method of every {@code @Controller} in
 * the application appears in the route table the suite is generated from.
 */
class RouteCoverageIT {

  @Test
  void everyControllerRouteIsInTheGeneratedTable() {
    HostileServer server = HostileServer.get();
    ApplicationContext context = server.server.getApplicationContext();
    Set<String> table = new HashSet<>();
    server.routes.routes().forEach(r -> table.add(r.method() + " " + r.template()));
    Set<String> declared = new HashSet<>();
    for (BeanDefinition<?> d :
        context.getBeanDefinitions(Qualifiers.byStereotype(Controller.class))) {
      if (!d.getBeanType().getName().startsWith("se.processkarta.")) {
        continue;
      }
      String base = d.stringValue(Controller.class).orElse("");
      for (ExecutableMethod<?, ?> m : d.getExecutableMethods()) {
        AnnotationMetadata meta = m.getAnnotationMetadata();
        var mapping = meta.getAnnotationNameByStereotype(HttpMethodMapping.class);
        if (mapping.isEmpty()) {
          continue;
        }
        String method = mapping.get().substring(mapping.get().lastIndexOf('.') + 1).toUpperCase();
        String path =
            meta.stringValue(mapping.get())
                .or(() -> meta.stringValue(mapping.get(), "uri"))
                .orElse("");
        declared.add(method + " " + (base + path).replaceAll("/+", "/"));
      }
    }
    assertThat(declared).isNotEmpty();
    assertThat(table).containsAll(declared);
    System.out.println("Hostile suite route table (" + table.size() + "):");
    server.routes.routes().forEach(r -> System.out.println("  " + r));
  }
}
