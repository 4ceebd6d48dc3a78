package tw.uplift.plan.organisations.web;

import java.util.Arrays;
import java.util.List;
import tw.uplift.plan.organisations.AgencyDetails;
import tw.uplift.plan.organisations.AgencyRegistration;

/**
 * The agency form of the pages, as typed: the units one per line (blank lines are no units), the state as the radio
 * buttons send it ({@code true} / {@code false}). What is typed is shown again as it was when the form has errors.
 */
public class AgencyForm {

    private String id = "";
    private String name = "";
    private String parentId = "";
    private String supervisingBodyId = "";
    private String units = "";
    private String active = "true";

    static AgencyForm of(AgencyRegistration agency) {
        AgencyDetails details = agency.details();
        AgencyForm form = new AgencyForm();
        form.id = agency.getId();
        form.name = details.name();
        form.parentId = details.parentId() == null ? "" : details.parentId();
        form.supervisingBodyId = details.supervisingBodyId();
        form.units = String.join("\n", details.units());
        form.active = String.valueOf(details.active());
        return form;
    }

    AgencyDetails details() {
        return new AgencyDetails(name, parentId, supervisingBodyId, unitList(), !"false".equals(active));
    }

    /** The units typed, one per line, blank lines left out. */
    List<String> unitList() {
        return units == null ? List.of()
                : Arrays.stream(units.split("\\R")).map(String::strip).filter(u -> !u.isEmpty()).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id == null ? "" : id.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getParentId() {
        return parentId;
    }

    public void setParentId(String parentId) {
        this.parentId = parentId;
    }

    public String getSupervisingBodyId() {
        return supervisingBodyId;
    }

    public void setSupervisingBodyId(String supervisingBodyId) {
        this.supervisingBodyId = supervisingBodyId;
    }

    public String getUnits() {
        return units;
    }

    public void setUnits(String units) {
        this.units = units;
    }

    public String getActive() {
        return active;
    }

    public void setActive(String active) {
        this.active = active;
    }
}
