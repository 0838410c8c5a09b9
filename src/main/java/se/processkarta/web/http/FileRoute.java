package se.processkarta.web.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One route that answers many files through a path variable ({@code /api/export/{format}}), and the
 * files it answers. The route is written once; {@link OpenApiFiles} lists each file in the OpenAPI
 * document as an operation of its own, with its media type, so that a new exporter or view is
 * documented without a route or an annotation of its own.
 *
 * @param template the route's path as the generated document names it
 * @param variable the path variable the file name is read from
 * @param files the files the route answers
 */
public record FileRoute(String template, String variable, List<File> files) {

  public FileRoute {
    files = List.copyOf(files);
  }

  /**
   * One file of the route.
   *
   * @param path its path, as it is requested ({@code /api/export/bpmn})
   * @param summary and {@code description}: what it is, in Swedish
   * @param mediaType what it answers with
   * @param queryParameters the route's query parameters this file reads, or empty for all of them
   * @param pathParameters path parameters the file's path adds, each with its description
   */
  public record File(
      String path,
      String summary,
      String description,
      String mediaType,
      Optional<Set<String>> queryParameters,
      Map<String, String> pathParameters) {

    public File {
      queryParameters = queryParameters.map(Set::copyOf);
      pathParameters = Map.copyOf(pathParameters);
    }
  }
}
