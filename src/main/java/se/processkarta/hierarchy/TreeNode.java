package se.processkarta.hierarchy;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A node of a nested tree; children are in numeric code order. {@code childCount} is how many
 * children the element has in the model, so a node cut off at the asked depth ({@code children}
 * empty, {@code childCount} above 0) can be told from a leaf (both 0).
 */
@Serdeable
public record TreeNode(
    String code, String name, int level, String status, int childCount, List<TreeNode> children) {

  public TreeNode {
    if (childCount < children.size()) {
      throw new IllegalArgumentException("childCount " + childCount + " < " + children.size());
    }
    children = List.copyOf(children);
  }
}
