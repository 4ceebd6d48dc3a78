package tw.uplift.plan.agencies;

/**
 * A government agency (機關) that writes plans.
 *
 * @param id                 stable id, e.g. {@code kcg-civil-affairs}
 * @param name               its name, e.g. 高雄市政府民政局
 * @param parentId           the parent agency (上級機關), or null
 * @param supervisingBodyId  the body that reviews its plans (督考機關)
 */
public record Agency(String id, String name, String parentId, String supervisingBodyId) {
}
