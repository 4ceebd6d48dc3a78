package tw.uplift.plan.organisations.web;

import tw.uplift.plan.organisations.BodyDetails;
import tw.uplift.plan.organisations.BodyRegistration;

/** The supervising-body form of the pages, as typed. */
public class BodyForm {

    private String id = "";
    private String name = "";
    private String agencyId = "";
    private String active = "true";

    static BodyForm of(BodyRegistration body) {
        BodyDetails details = body.details();
        BodyForm form = new BodyForm();
        form.id = body.getId();
        form.name = details.name();
        form.agencyId = details.agencyId() == null ? "" : details.agencyId();
        form.active = String.valueOf(details.active());
        return form;
    }

    BodyDetails details() {
        return new BodyDetails(name, agencyId, !"false".equals(active));
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

    public String getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(String agencyId) {
        this.agencyId = agencyId;
    }

    public String getActive() {
        return active;
    }

    public void setActive(String active) {
        this.active = active;
    }
}
