package tw.uplift.plan.organisations;

import java.util.List;

/**
 * A government agency (機關) that writes plans, as plan code reads it.
 *
 * @param id                stable id, a slug such as {@code kcg-civil-affairs}
 * @param name              its name, e.g. 高雄市政府民政局
 * @param parentId          the parent agency (上級機關), or null
 * @param supervisingBodyId the body that reviews its plans (督考機關)
 * @param units             its units (科/課/室/館/所) in the agency's order: what the plan editor offers as 執行單位
 */
public record Agency(String id, String name, String parentId, String supervisingBodyId, List<String> units) {

    public Agency {
        units = units == null ? List.of() : List.copyOf(units);
    }
}
