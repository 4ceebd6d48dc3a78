package tw.uplift.review.tasks.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.uplift.contracts.plan.ItemComment;
import tw.uplift.contracts.review.ReviewDecision;

/**
 * What the task page's decision form sent: the decision ({@code decision} = APPROVED or RETURNED) and the comment
 * boxes, one per measure and one for the whole plan, named {@code comments[<itemRef>]}.
 *
 * @param decision the decision, or null when none (or nonsense) was chosen
 * @param comments what each box holds, by item reference, blanks included (to show the form again as it was)
 */
record DecisionForm(ReviewDecision decision, Map<String, String> comments) {

    /** As long as a comment may be (the API's limit). */
    static final int MAX_COMMENT = 4000;

    private static final Pattern FIELD = Pattern.compile("^comments\\[(.+)]$");

    static String fieldOf(String itemRef) {
        return "comments[" + itemRef + "]";
    }

    /** Reads the form's fields; boxes for items outside {@code itemRefs} (a form tampered with) are dropped. */
    static DecisionForm of(Map<String, String> fields, List<String> itemRefs) {
        ReviewDecision decision = null;
        String chosen = fields.get("decision");
        for (ReviewDecision d : ReviewDecision.values()) {
            if (d.name().equals(chosen)) {
                decision = d;
            }
        }
        Map<String, String> comments = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            Matcher m = FIELD.matcher(field.getKey());
            if (m.matches() && itemRefs.contains(m.group(1)) && field.getValue() != null) {
                comments.put(m.group(1), field.getValue());
            }
        }
        return new DecisionForm(decision, comments);
    }

    static DecisionForm empty() {
        return new DecisionForm(null, Map.of());
    }

    /** A comment for every box that is not blank, in the order of the form. */
    List<ItemComment> itemComments(List<String> itemRefs) {
        List<ItemComment> given = new ArrayList<>();
        for (String ref : itemRefs) {
            String text = comments.get(ref);
            if (text != null && !text.isBlank()) {
                given.add(new ItemComment(ref, text.strip()));
            }
        }
        return given;
    }

    /** The boxes holding more than {@link #MAX_COMMENT} characters, in the order of the form. */
    List<String> tooLong(List<String> itemRefs) {
        return itemRefs.stream().filter(ref -> comments.getOrDefault(ref, "").strip().length() > MAX_COMMENT).toList();
    }
}
