package tw.uplift.platform.test.permissions;

import java.util.Map;

/**
 * One operation of an OpenAPI document, as its table names it: {@code "POST /api/plans/{planId}/submit"}.
 *
 * @param method the HTTP method, upper case
 * @param path   the path template, with its {@code {variables}}
 */
public record Operation(String method, String path) {

    /** {@code "GET /api/plans/{planId}"}: how a table's row names the operation. */
    public static Operation parse(String key) {
        int space = key.indexOf(' ');
        return new Operation(key.substring(0, space), key.substring(space + 1));
    }

    /** The row's key. */
    public String key() {
        return method + " " + path;
    }

    /** The path with each {@code {name}} of the template replaced by its value; unknown names stay as they are. */
    public String path(Map<String, String> values) {
        String filled = path;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }

    /** Whether the operation reads only (a GET): it needs no body. */
    public boolean reads() {
        return "GET".equals(method);
    }

    @Override
    public String toString() {
        return key();
    }
}
