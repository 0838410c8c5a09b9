package se.processkarta.hierarchy;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A node of a nested tree; children are in numeric code order. */
@Serdeable
public record TreeNode(
    String code, String name, int level, String status, List<TreeNode> children) {

  public TreeNode {
    children = List.copyOf(children);
  }
}
