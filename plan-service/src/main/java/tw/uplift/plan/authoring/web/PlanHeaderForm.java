package tw.uplift.plan.authoring.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import tw.uplift.plan.authoring.PlanHeader;

/**
 * The page form of a plan's header: paragraphs one per line (計畫依據, 計畫目標, other 督考 rules), single texts
 * (實施對象, 平時查核, 年度查核), and rows with add and remove buttons for result-submission duties and the 推動小組's
 * members. {@link #toInput()} gives what the API would receive, so the same bean validation checks both.
 */
public class PlanHeaderForm {

    private static final Pattern LINES = Pattern.compile("\\R+");

    private String basis;
    private String goals;
    private String scope;
    private String regularCheck;
    private String annualReview;
    private String rules;
    private List<DutyForm> duties = new ArrayList<>();
    private String teamName;
    private List<MemberForm> members = new ArrayList<>();

    public static PlanHeaderForm of(PlanHeader header) {
        PlanHeaderForm form = new PlanHeaderForm();
        form.basis = String.join("\n", header.basis());
        form.goals = String.join("\n", header.goals());
        form.scope = header.scope();
        form.regularCheck = header.supervision().regularCheck();
        form.annualReview = header.supervision().annualReview();
        form.rules = String.join("\n", header.supervision().rules());
        header.supervision().resultSubmissions().forEach(d -> form.duties.add(new DutyForm(d.text(), d.deadlineText())));
        if (header.team() != null) {
            form.teamName = header.team().name();
            header.team().members().forEach(m -> form.members.add(new MemberForm(m.role(), m.member(), m.duty())));
        }
        return form;
    }

    /**
     * Applies an add or remove button ({@code add-duty}, {@code remove-duty:i}, {@code add-member},
     * {@code remove-member:i}); an index that does not exist changes nothing.
     *
     * @return whether the intent was one of these (anything else is "save")
     */
    public boolean apply(String intent) {
        String[] parts = intent == null ? new String[] {""} : intent.split(":");
        int at = parts.length == 2 && parts[1].matches("\\d{1,4}") ? Integer.parseInt(parts[1]) : -1;
        switch (parts[0]) {
            case "add-duty" -> duties.add(new DutyForm());
            case "add-member" -> members.add(new MemberForm());
            case "remove-duty" -> {
                if (at >= 0 && at < duties.size()) {
                    duties.remove(at);
                }
            }
            case "remove-member" -> {
                if (at >= 0 && at < members.size()) {
                    members.remove(at);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    public PlanInput.HeaderInput toInput() {
        return new PlanInput.HeaderInput(lines(basis), lines(goals), scope,
                new PlanInput.SupervisionInput(regularCheck, annualReview, lines(rules), duties.stream()
                        .filter(d -> !blank(d.text) || !blank(d.deadline))
                        .map(d -> new PlanInput.ResultDutyInput(d.text == null ? "" : d.text.strip(), d.deadline))
                        .toList()),
                new PlanInput.TeamInput(teamName, members.stream()
                        .filter(m -> !blank(m.role) || !blank(m.member) || !blank(m.duty))
                        .map(m -> new PlanInput.MemberInput(m.role == null ? "" : m.role.strip(), m.member, m.duty))
                        .toList()));
    }

    /** The form's field names in the order it shows them, for ordering an error summary. */
    public List<String> fieldOrder() {
        List<String> order = new ArrayList<>(List.of("basis", "goals", "scope", "regularCheck", "annualReview", "rules"));
        for (int i = 0; i < duties.size(); i++) {
            order.addAll(List.of("duties[" + i + "].text", "duties[" + i + "].deadline"));
        }
        order.add("teamName");
        for (int i = 0; i < members.size(); i++) {
            order.addAll(List.of("members[" + i + "].role", "members[" + i + "].member", "members[" + i + "].duty"));
        }
        return order;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(LINES.split(text.strip())).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getRegularCheck() {
        return regularCheck;
    }

    public void setRegularCheck(String regularCheck) {
        this.regularCheck = regularCheck;
    }

    public String getAnnualReview() {
        return annualReview;
    }

    public void setAnnualReview(String annualReview) {
        this.annualReview = annualReview;
    }

    public String getRules() {
        return rules;
    }

    public void setRules(String rules) {
        this.rules = rules;
    }

    public List<DutyForm> getDuties() {
        return duties;
    }

    public void setDuties(List<DutyForm> duties) {
        this.duties = duties == null ? new ArrayList<>() : duties;
    }

    public String getTeamName() {
        return teamName;
    }

    public void setTeamName(String teamName) {
        this.teamName = teamName;
    }

    public List<MemberForm> getMembers() {
        return members;
    }

    public void setMembers(List<MemberForm> members) {
        this.members = members == null ? new ArrayList<>() : members;
    }

    /** A duty to hand in results: what, and by when (次年1月). */
    public static class DutyForm {
        private String text;
        private String deadline;

        public DutyForm() {
        }

        DutyForm(String text, String deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getDeadline() {
            return deadline;
        }

        public void setDeadline(String deadline) {
            this.deadline = deadline;
        }
    }

    /** One row of the 編組表: 職稱, 編組人員, 職掌. */
    public static class MemberForm {
        private String role;
        private String member;
        private String duty;

        public MemberForm() {
        }

        MemberForm(String role, String member, String duty) {
            this.role = role;
            this.member = member;
            this.duty = duty;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getMember() {
            return member;
        }

        public void setMember(String member) {
            this.member = member;
        }

        public String getDuty() {
            return duty;
        }

        public void setDuty(String duty) {
            this.duty = duty;
        }
    }
}
