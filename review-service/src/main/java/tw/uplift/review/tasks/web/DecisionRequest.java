package tw.uplift.review.tasks.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import tw.uplift.contracts.plan.ItemComment;
import tw.uplift.contracts.review.ReviewDecision;

/**
 * {@code POST /api/review-tasks/{id}/decision}: approve, or return with comments per item.
 *
 * @param decision APPROVED or RETURNED
 * @param comments per item: {@code itemRef} is {@code plan} or a measure id; at least one when RETURNED
 */
@DecisionRequest.CommentsWhenReturned
public record DecisionRequest(@NotNull ReviewDecision decision, @Valid List<@NotNull @Valid Comment> comments) {

    /** One comment on one item of the plan (審查意見). */
    public record Comment(@NotBlank @Size(max = 200) String itemRef, @NotBlank @Size(max = 4000) String comment) {
    }

    List<ItemComment> itemComments() {
        return comments == null ? List.of() : comments.stream().map(c -> new ItemComment(c.itemRef(), c.comment()))
                .toList();
    }

    /** A returned plan needs at least one comment; the error names {@code comments}. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = CommentsWhenReturnedValidator.class)
    public @interface CommentsWhenReturned {
        String message() default "a returned plan needs at least one comment";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Checks {@link CommentsWhenReturned}. */
    public static class CommentsWhenReturnedValidator implements ConstraintValidator<CommentsWhenReturned, DecisionRequest> {

        @Override
        public boolean isValid(DecisionRequest request, ConstraintValidatorContext context) {
            if (request == null || request.decision() != ReviewDecision.RETURNED
                    || (request.comments() != null && !request.comments().isEmpty())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("comments").addConstraintViolation();
            return false;
        }
    }
}
