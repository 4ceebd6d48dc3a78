package tw.uplift.planimport.json;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tw.uplift.planimport.deadline.Deadline;
import tw.uplift.planimport.model.ImportWarning;
import tw.uplift.planimport.model.ImportedDimension;
import tw.uplift.planimport.model.ImportedFocusArea;
import tw.uplift.planimport.model.ImportedMeasure;
import tw.uplift.planimport.model.ImportedPlan;
import tw.uplift.planimport.model.PromotionTeam;
import tw.uplift.planimport.model.ResultSubmission;
import tw.uplift.planimport.model.Supervision;

/**
 * Renders an {@link ImportedPlan} as JSON with a fixed field order:
 * {@code {agency, rocYear, title, …, dimensions:[{code, title, focusAreas:[{code, title, measures:[{code, title,
 * text, units, deadline:{kind, date?, cadence?, text}|null, expectedBenefit}]}]}], warnings}}. Chinese is written
 * as is (UTF-8), not as {@code \\u} escapes. The shape is built explicitly rather than by reflection so renaming a
 * Java field can never change it.
 */
public final class PlanJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private PlanJson() {
    }

    /** Pretty-printed JSON. */
    public static String render(ImportedPlan plan) {
        return MAPPER.writeValueAsString(tree(plan));
    }

    public static ObjectNode tree(ImportedPlan plan) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("agency", plan.agency());
        if (plan.rocYear() == null) {
            root.putNull("rocYear");
        } else {
            root.put("rocYear", plan.rocYear());
        }
        root.put("title", plan.title());
        strings(root.putArray("basis"), plan.basis());
        strings(root.putArray("goals"), plan.goals());
        root.put("scope", plan.scope());
        supervision(root.putObject("supervision"), plan.supervision());
        if (plan.team() == null) {
            root.putNull("team");
        } else {
            ObjectNode team = root.putObject("team");
            team.put("name", plan.team().name());
            ArrayNode members = team.putArray("members");
            for (PromotionTeam.TeamMember m : plan.team().members()) {
                members.addObject().put("role", m.role()).put("member", m.member()).put("duty", m.duty());
            }
        }
        ObjectNode counts = root.putObject("counts");
        counts.put("dimensions", plan.dimensions().size());
        counts.put("focusAreas", plan.focusAreaCount());
        counts.put("measures", plan.measureCount());
        ArrayNode dimensions = root.putArray("dimensions");
        for (ImportedDimension d : plan.dimensions()) {
            ObjectNode dn = dimensions.addObject().put("code", d.code()).put("title", d.title()).put("line", d.line());
            ArrayNode areas = dn.putArray("focusAreas");
            for (ImportedFocusArea f : d.focusAreas()) {
                ObjectNode fn = areas.addObject().put("code", f.code()).put("title", f.title()).put("line", f.line());
                strings(fn.putArray("units"), f.units());
                ArrayNode measures = fn.putArray("measures");
                for (ImportedMeasure m : f.measures()) {
                    measure(measures.addObject(), m);
                }
            }
        }
        ArrayNode warnings = root.putArray("warnings");
        for (ImportWarning w : plan.warnings()) {
            warnings.addObject().put("line", w.line()).put("kind", w.kind().name()).put("message", w.message());
        }
        return root;
    }

    private static void measure(ObjectNode n, ImportedMeasure m) {
        n.put("code", m.code());
        n.put("title", m.title());
        n.put("text", m.text());
        strings(n.putArray("units"), m.units());
        deadline(n, "deadline", m.deadline());
        n.put("expectedBenefit", m.expectedBenefit());
        n.put("line", m.line());
    }

    private static void supervision(ObjectNode n, Supervision s) {
        strings(n.putArray("rules"), s.rules());
        n.put("regularCheck", s.regularCheck());
        n.put("annualReview", s.annualReview());
        ArrayNode submissions = n.putArray("resultSubmissions");
        for (ResultSubmission r : s.resultSubmissions()) {
            ObjectNode rn = submissions.addObject().put("text", r.text());
            deadline(rn, "deadline", r.deadline());
        }
    }

    private static void deadline(ObjectNode parent, String field, Deadline d) {
        if (d == null) {
            parent.putNull(field);
            return;
        }
        ObjectNode n = parent.putObject(field);
        n.put("kind", d.kind().name());
        switch (d) {
            case Deadline.OnDate on -> n.put("date", on.date().toString());
            case Deadline.Continuous c -> n.put("cadence", c.cadence().name());
            case Deadline.Recurring r -> n.put("cadence", r.cadence().name());
            case Deadline.Unparsed u -> { }
        }
        n.put("text", d.text());
    }

    private static void strings(ArrayNode array, java.util.List<String> values) {
        values.forEach(array::add);
    }
}
