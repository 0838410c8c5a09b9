package se.processkarta.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.processkarta.assignments.AssignmentService;
import se.processkarta.model.InvalidInputException;

/** The rules of who may do what, as the API and the pages both ask them. */
class ActorTest {

  @Test
  void permissionsIncludeTheOnesBelowThem() {
    Actor owner = Actor.of("ann", List.of("MODEL_OWNER"));
    assertThat(owner.mayDraft()).isTrue();
    assertThat(owner.mayReview()).isTrue();
    assertThat(owner.mayAdminister()).isTrue();
    Actor reader = Actor.of("bo", List.of("READER", "SOMETHING_ELSE"));
    assertThat(reader.mayDraft()).isFalse();
    assertThat(reader.permissions()).containsExactly(Permission.READER);
  }

  @Test
  void fourEyesHoldsForEveryPermission() {
    Actor author = Actor.with("ann", Permission.MODEL_OWNER);
    Actor other = Actor.with("bo", Permission.MODEL_REVIEWER);
    Actor editor = Actor.with("cia", Permission.MODEL_EDITOR);
    assertThat(ChangeService.mayReview(author, "ann", ChangeState.SUBMITTED)).isFalse();
    assertThat(ChangeService.mayReview(other, "ann", ChangeState.SUBMITTED)).isTrue();
    assertThat(ChangeService.mayReview(other, "ann", ChangeState.DRAFT)).isFalse();
    assertThat(ChangeService.mayReview(editor, "ann", ChangeState.SUBMITTED)).isFalse();
    assertThat(ChangeService.mayEdit(author, "ann", ChangeState.DRAFT)).isTrue();
    assertThat(ChangeService.mayEdit(other, "ann", ChangeState.DRAFT)).isFalse();
    assertThat(ChangeService.mayWithdraw(author, "ann", ChangeState.SUBMITTED)).isTrue();
    assertThat(ChangeService.mayWithdraw(other, "ann", ChangeState.SUBMITTED)).isFalse();
  }

  @Test
  void anAssignmentIsEditedByAnEditorOrThePeopleItsBriefNames() {
    Actor reader = Actor.with("eva", Permission.READER);
    assertThat(AssignmentService.mayEdit(reader, "eva", "erik")).isTrue();
    assertThat(AssignmentService.mayEdit(reader, "erik", "eva")).isTrue();
    assertThat(AssignmentService.mayEdit(reader, "erik", "jan")).isFalse();
    assertThat(AssignmentService.mayEdit(Actor.with("x", Permission.MODEL_EDITOR), "a", "b"))
        .isTrue();
  }

  @Test
  void aPermissionIsOneOfTheFourNames() {
    assertThat(Permission.parse(" model_reviewer ")).isEqualTo(Permission.MODEL_REVIEWER);
    assertThatThrownBy(() -> Permission.parse("ADMIN"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.messageKey()).isEqualTo("user.permission.unknown"));
  }
}
